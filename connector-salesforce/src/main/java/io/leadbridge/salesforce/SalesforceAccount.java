package io.leadbridge.salesforce;

import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A Salesforce Account as the core's {@link Company}, with its owner's email. */
public record SalesforceAccount(ExternalRef ref, Instant modifiedAt, Company company, Optional<String> ownerEmail) {

    public SalesforceAccount {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
    }
}
