package io.leadbridge.core.port;

import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable state of backfills, one per stream: a restart continues a running backfill from its cursor. Safe for
 * concurrent use.
 */
public interface BackfillRuns {

    /**
     * Starts a run of {@code stream} from {@code from}, replacing a finished one.
     *
     * @throws IllegalStateException when a run of the stream is still running
     */
    BackfillRun start(StreamId stream, Watermark from, Instant at);

    Optional<BackfillRun> find(StreamId stream);

    /** Every stream's latest run, running or finished. */
    List<BackfillRun> all();

    /**
     * Records a page stored in the inbox: the cursor moves to {@code cursor} and the counts grow; {@code finished}
     * ends the run.
     */
    void advance(StreamId stream, Watermark cursor, int read, int stored, boolean finished, Instant at);
}
