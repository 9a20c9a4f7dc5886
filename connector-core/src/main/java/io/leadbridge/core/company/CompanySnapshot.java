package io.leadbridge.core.company;

import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A company record as last seen, with the time of its last change of its own (not an echo of a Leadbridge write).
 */
public record CompanySnapshot(ExternalRef ref, Company company, Instant changedAt) {

    public CompanySnapshot {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
