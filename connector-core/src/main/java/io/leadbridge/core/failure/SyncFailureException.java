package io.leadbridge.core.failure;

import java.util.Objects;

/** Thrown by adapters when a whole call failed; carries the classified failure. */
public class SyncFailureException extends RuntimeException {

    private final transient SyncFailure failure;

    public SyncFailureException(SyncFailure failure) {
        this(failure, null);
    }

    public SyncFailureException(SyncFailure failure, Throwable cause) {
        super(describe(failure), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public SyncFailure failure() {
        return failure;
    }

    private static String describe(SyncFailure failure) {
        String kind = failure.getClass().getSimpleName();
        String correlation = failure.correlationId().isEmpty() ? "" : " (correlation id " + failure.correlationId() + ")";
        return kind + " " + failure.code() + ": " + failure.message() + correlation;
    }
}
