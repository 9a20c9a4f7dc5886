package io.leadbridge.core.port;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the error queue.
 *
 * @param failure  the latest failure: a failed retry replaces it
 * @param attempts how many write attempts the latest failure ended
 * @param failedAt when the latest failure happened
 * @param closure  who closed it and why, once RESOLVED or DISMISSED
 */
public record SyncError(long id, ChangeEvent event, SyncFailure failure, int attempts, Instant failedAt,
                        ErrorStatus status, Optional<ErrorClosure> closure) {

    public SyncError {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closure, "closure");
        boolean closed = status == ErrorStatus.RESOLVED || status == ErrorStatus.DISMISSED;
        if (closed != closure.isPresent()) {
            throw new IllegalArgumentException("a " + status + " error " + (closed ? "needs" : "has no") + " closure");
        }
    }

    /** A new, open error. */
    public SyncError(long id, ChangeEvent event, SyncFailure failure, int attempts, Instant failedAt) {
        this(id, event, failure, attempts, failedAt, ErrorStatus.OPEN, Optional.empty());
    }
}
