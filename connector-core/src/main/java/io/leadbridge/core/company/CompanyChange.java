package io.leadbridge.core.company;

import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.Objects;

/**
 * A changed company record (HubSpot company, Salesforce Account) as a poller read it.
 *
 * @param modifiedAt the CRM's last-modified time of this version
 * @param position   where the change sits in its stream, for the stream's watermark
 */
public record CompanyChange(ExternalRef ref, Instant modifiedAt, Company company, Watermark position) {

    public CompanyChange {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(position, "position");
    }
}
