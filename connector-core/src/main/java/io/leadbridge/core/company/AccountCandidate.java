package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;

/** A company record (a HubSpot {@code company}, a Salesforce {@code Account}) whose domain matched. */
public record AccountCandidate(ExternalRef ref, String domain, Instant lastModifiedAt) {

    public AccountCandidate {
        Objects.requireNonNull(ref, "ref");
        if (!CompanyDomains.isDomain(domain)) {
            throw new IllegalArgumentException("domain must be a normalised domain like acme.example, was " + domain);
        }
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
    }
}
