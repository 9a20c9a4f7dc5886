package io.leadbridge.core.sync;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;
import java.util.Objects;

/** The outcome of one record in a batched write. */
public sealed interface WriteResult {

    /** The record was written; {@code created} tells whether the CRM made a new one. */
    record Written(ExternalRef target, boolean created) implements WriteResult {
        public Written {
            Objects.requireNonNull(target, "target");
        }
    }

    /** This record failed; the rest of the batch is unaffected. */
    record Failed(SyncFailure failure) implements WriteResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
