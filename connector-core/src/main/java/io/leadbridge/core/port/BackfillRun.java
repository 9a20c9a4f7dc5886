package io.leadbridge.core.port;

import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A full read of one stream into the inbox, separate from its poller.
 *
 * @param cursor     where the next page is read from: everything up to it is stored in the inbox
 * @param read       changes read so far
 * @param stored     of those, changes the inbox did not hold yet
 * @param finishedAt when the stream's end was reached; empty while running
 */
public record BackfillRun(StreamId stream, Watermark from, Watermark cursor, long read, long stored,
                          Instant startedAt, Instant updatedAt, Optional<Instant> finishedAt) {

    public BackfillRun {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public boolean running() {
        return finishedAt.isEmpty();
    }
}
