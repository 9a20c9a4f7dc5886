package io.leadbridge.core.port;

import io.leadbridge.core.sync.ChangeEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored change with its inbox id and how many write attempts have failed so far.
 *
 * @param retryOf the error-queue entry this change is a retry of, when an admin put it back
 */
public record InboxEntry(long id, ChangeEvent event, int attempts, Optional<Long> retryOf) {

    public InboxEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(retryOf, "retryOf");
    }

    public InboxEntry(long id, ChangeEvent event, int attempts) {
        this(id, event, attempts, Optional.empty());
    }
}
