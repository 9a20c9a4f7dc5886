package io.leadbridge.core.engine;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.port.BackfillRun;
import io.leadbridge.core.port.BackfillRuns;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the existing records of a stream into the inbox, page by page, through the same pipeline as every change.
 * The run's cursor moves only after a page is stored, so a restart continues where it stopped and nothing is
 * skipped; a page read twice is harmless (the inbox stores each version once). Backfilled changes carry no stream
 * position: the stream's poller and watermark are not affected.
 *
 * <p>Use a source of its own (not the poller's): a Salesforce source runs its Bulk API backfill from its position.
 */
public final class Backfill {

    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private final Map<StreamId, CrmSource> sources = new LinkedHashMap<>();
    private final ChangeInbox inbox;
    private final BackfillRuns runs;
    private final int pageSize;
    private final Clock clock;

    public Backfill(Iterable<CrmSource> sources, ChangeInbox inbox, BackfillRuns runs, int pageSize, Clock clock) {
        sources.forEach(source -> source.streams().forEach(stream -> this.sources.put(stream, source)));
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.runs = Objects.requireNonNull(runs, "runs");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The streams a backfill can read. */
    public Set<StreamId> streams() {
        return sources.keySet();
    }

    /**
     * Starts a backfill of {@code stream} of every record changed at or after {@code since} (from the beginning when
     * empty).
     *
     * @throws IllegalArgumentException when no source reads the stream
     * @throws IllegalStateException    when a backfill of the stream is still running
     */
    public BackfillRun start(StreamId stream, Optional<Instant> since) {
        if (!sources.containsKey(stream)) {
            throw new IllegalArgumentException("no backfill source for stream " + stream.key() + "; known: "
                    + sources.keySet().stream().map(StreamId::key).toList());
        }
        Watermark from = since.map(at -> new Watermark(at, "")).orElse(Watermark.BEGINNING);
        BackfillRun run = runs.start(stream, from, clock.instant());
        log.info("Backfill of {} started from {}", stream.key(), from.modifiedAt());
        return run;
    }

    /**
     * Reads and stores one page of every running backfill; returns how many changes were read. A stream whose read
     * fails keeps its cursor and is read again on the next step; the other streams go on.
     */
    public int step() {
        int read = 0;
        for (BackfillRun run : runs.all()) {
            if (!run.running()) {
                continue;
            }
            try {
                read += step(run);
            } catch (SyncFailureException failed) {
                log.warn("Backfill page of {} failed, read again next time: {} {}", run.stream().key(),
                        failed.failure().code(), failed.failure().message());
            }
        }
        return read;
    }

    private int step(BackfillRun run) {
        CrmSource source = sources.get(run.stream());
        if (source == null) {
            throw new IllegalStateException("no backfill source for running stream " + run.stream().key());
        }
        ChangePage page = source.readChanges(run.stream(), run.cursor(), pageSize);
        int stored = inbox.appendAll(page.events().stream().map(ChangeEvent::withoutStream).toList());
        boolean finished = !page.hasMore();
        runs.advance(run.stream(), page.next(), page.events().size(), stored, finished, clock.instant());
        if (finished) {
            log.info("Backfill of {} finished: {} changes read, {} new", run.stream().key(),
                    run.read() + page.events().size(), run.stored() + stored);
        }
        return page.events().size();
    }
}
