package io.leadbridge.salesforce;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Salesforce Task or Event as the core's {@link Touch}.
 *
 * @param who the Lead or Contact it is logged on, when there is one
 */
public record SalesforceActivity(ExternalRef ref, Instant modifiedAt, Optional<ExternalRef> who, Touch touch) {

    public SalesforceActivity {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(touch, "touch");
    }
}
