package io.leadbridge.salesforce;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Salesforce Task or Event as the core's {@link Touch}.
 *
 * @param who           the Lead or Contact it is logged on, when there is one
 * @param leadbridgeKey the Leadbridge key its full description names, when it is Leadbridge's own mirror (the
 *                      touch's excerpt may be cut before the key line)
 */
public record SalesforceActivity(ExternalRef ref, Instant modifiedAt, Optional<ExternalRef> who, Touch touch,
                                 Optional<String> leadbridgeKey) {

    public SalesforceActivity {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(touch, "touch");
        Objects.requireNonNull(leadbridgeKey, "leadbridgeKey");
    }
}
