package io.leadbridge.core.port;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Instant;
import java.util.Objects;

/** One entry of the error queue. */
public record SyncError(long id, ChangeEvent event, SyncFailure failure, int attempts, Instant failedAt) {

    public SyncError {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
