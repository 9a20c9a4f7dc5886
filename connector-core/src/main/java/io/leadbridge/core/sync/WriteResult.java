package io.leadbridge.core.sync;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one record in a batched write. */
public sealed interface WriteResult {

    /**
     * The record was written; {@code created} tells whether the CRM made a new one.
     *
     * @param modifiedAt the CRM's modification time of the version the write produced, as the CRM stamps the
     *                   versions it reports as changes; empty when the CRM's answer does not carry it
     */
    record Written(ExternalRef target, boolean created, Optional<Instant> modifiedAt) implements WriteResult {
        public Written {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(modifiedAt, "modifiedAt");
        }

        /** A write whose version time the CRM did not return. */
        public Written(ExternalRef target, boolean created) {
            this(target, created, Optional.empty());
        }
    }

    /** This record failed; the rest of the batch is unaffected. */
    record Failed(SyncFailure failure) implements WriteResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
