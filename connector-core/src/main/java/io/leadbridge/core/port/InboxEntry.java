package io.leadbridge.core.port;

import io.leadbridge.core.sync.ChangeEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored change with its inbox id and how many write attempts have failed so far.
 *
 * @param retryOf the error-queue entry this change is a retry of, when an admin put it back
 * @param readAt  when Leadbridge read this version of the record and stored it, in Leadbridge's clock: the version
 *                is at least that old, so it predates any write Leadbridge sent to the record after that time
 */
public record InboxEntry(long id, ChangeEvent event, int attempts, Optional<Long> retryOf, Optional<Instant> readAt) {

    public InboxEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(retryOf, "retryOf");
        Objects.requireNonNull(readAt, "readAt");
    }

    public InboxEntry(long id, ChangeEvent event, int attempts, Optional<Long> retryOf) {
        this(id, event, attempts, retryOf, Optional.empty());
    }

    public InboxEntry(long id, ChangeEvent event, int attempts) {
        this(id, event, attempts, Optional.empty());
    }
}
