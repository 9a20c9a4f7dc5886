package io.leadbridge.core.company;

import io.leadbridge.core.sync.StreamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One pending company change in the {@link CompanyInbox}.
 *
 * @param receivedAt when Leadbridge read the change, in its own clock
 * @param attempts   the failed attempts so far
 * @param retryOf    the error an admin's retry put this change back for: resolved or reopened by its outcome
 */
public record CompanyInboxEntry(long id, StreamId stream, CompanyChange change, Instant receivedAt, int attempts,
                                Optional<Long> retryOf) {

    public CompanyInboxEntry {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(retryOf, "retryOf");
    }
}
