package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import java.time.Duration;
import java.util.List;

/** Classified failures as the adapters report them. */
public final class Failures {

    private Failures() {
    }

    /** Salesforce's row lock: the same write may succeed later. */
    public static SyncFailure.Retriable retriable() {
        return new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record",
                "corr-retriable");
    }

    /** A quota refusal that asks to wait {@code retryAfter}. */
    public static SyncFailure.RateLimited rateLimited(Duration retryAfter) {
        return new SyncFailure.RateLimited("429", "daily API request limit reached", "corr-rate", retryAfter);
    }

    /** A validation error on the named fields: retrying unchanged cannot help. */
    public static SyncFailure.Permanent permanent(String... fields) {
        return new SyncFailure.Permanent("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Company is required for a Lead",
                "corr-permanent", List.of(fields));
    }

    public static SyncFailure.Conflict conflict() {
        return new SyncFailure.Conflict("DUPLICATES_DETECTED", "a lead with this email already exists", "corr-conflict");
    }
}
