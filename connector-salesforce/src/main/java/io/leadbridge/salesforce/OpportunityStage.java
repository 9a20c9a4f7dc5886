package io.leadbridge.salesforce;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Where an Opportunity stands: its stage and whether it is closed and won, for the funnel's later stages. */
public record OpportunityStage(ExternalRef ref, Instant modifiedAt, Optional<String> accountId, String stageName,
                               boolean closed, boolean won) {

    public OpportunityStage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(stageName, "stageName");
    }
}
