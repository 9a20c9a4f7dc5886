package io.leadbridge.core.testing;

import io.leadbridge.core.port.BackfillRun;
import io.leadbridge.core.port.BackfillRuns;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** {@link BackfillRuns} in memory, with the checks of the durable one. Thread-safe. */
public final class InMemoryBackfillRuns implements BackfillRuns {

    private final Map<StreamId, BackfillRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized BackfillRun start(StreamId stream, Watermark from, Instant at) {
        BackfillRun current = runs.get(stream);
        if (current != null && current.running()) {
            throw new IllegalStateException("a backfill of " + stream.key() + " is already running");
        }
        BackfillRun run = new BackfillRun(stream, from, from, 0, 0, at, at, Optional.empty());
        runs.put(stream, run);
        return run;
    }

    @Override
    public synchronized Optional<BackfillRun> find(StreamId stream) {
        return Optional.ofNullable(runs.get(stream));
    }

    @Override
    public synchronized List<BackfillRun> all() {
        return List.copyOf(runs.values());
    }

    @Override
    public synchronized void advance(StreamId stream, Watermark cursor, int read, int stored, boolean finished,
                                     Instant at) {
        BackfillRun run = runs.get(stream);
        if (run == null || !run.running()) {
            throw new NoSuchElementException("no running backfill of " + stream.key());
        }
        runs.put(stream, new BackfillRun(stream, run.from(), cursor, run.read() + read, run.stored() + stored,
                run.startedAt(), at, finished ? Optional.of(at) : Optional.empty()));
    }
}
