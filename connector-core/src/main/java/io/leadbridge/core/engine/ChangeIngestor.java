package io.leadbridge.core.engine;

import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one stream into the durable inbox. It reads after the furthest position already stored (or the
 * committed watermark), so a restart neither re-reads settled changes nor skips unsettled ones: those are
 * still in the inbox.
 *
 * <p>Given a read-ahead executor, it asks the source for the next page of a poll while it stores the page before:
 * a backlog is then read at the pace of the slower of the two, not of their sum, which matters where the vendor
 * allows only a few reads a second (HubSpot's search). Pages are still stored one after another and in order, and
 * a page that fails to store ends the poll; the page read ahead of it is dropped, and the next poll reads it again.
 * A poll that ends at {@code maxPagesPerPoll} with more waiting has already asked for the next page, and carries
 * that read over to the next poll, which takes it only when it would read from the same position; so a backlog is
 * read without a gap between polls. Any other next poll drops it.
 */
public final class ChangeIngestor {

    private static final Logger log = LoggerFactory.getLogger(ChangeIngestor.class);

    private final CrmSource source;
    private final ChangeInbox inbox;
    private final WatermarkStore watermarks;
    private final int pageSize;
    private final int maxPagesPerPoll;
    private final Optional<Executor> readAhead;
    private final AtomicReference<CarriedRead> carried = new AtomicReference<>();

    /** An ingestor that reads each page after the one before is stored. */
    public ChangeIngestor(CrmSource source, ChangeInbox inbox, WatermarkStore watermarks, int pageSize,
                          int maxPagesPerPoll) {
        this(source, inbox, watermarks, pageSize, maxPagesPerPoll, Optional.empty());
    }

    /** An ingestor that reads a poll's next page on {@code readAhead} while it stores the one before. */
    public ChangeIngestor(CrmSource source, ChangeInbox inbox, WatermarkStore watermarks, int pageSize,
                          int maxPagesPerPoll, Executor readAhead) {
        this(source, inbox, watermarks, pageSize, maxPagesPerPoll,
                Optional.of(Objects.requireNonNull(readAhead, "readAhead")));
    }

    private ChangeIngestor(CrmSource source, ChangeInbox inbox, WatermarkStore watermarks, int pageSize,
                           int maxPagesPerPoll, Optional<Executor> readAhead) {
        this.source = Objects.requireNonNull(source, "source");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        if (pageSize < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("pageSize and maxPagesPerPoll must be positive");
        }
        this.pageSize = pageSize;
        this.maxPagesPerPoll = maxPagesPerPoll;
        this.readAhead = readAhead;
    }

    /** Reads up to {@code maxPagesPerPoll} pages and stores them; returns how many new changes were stored. */
    public PollReport poll(StreamId stream) {
        Watermark cursor = readCursor(stream);
        int read = 0;
        int stored = 0;
        boolean more;
        ChangePage changes = carriedOrNewRead(stream, cursor).get();
        for (int page = 1; ; page++) {
            read += changes.events().size();
            more = changes.hasMore() && changes.next().isAfter(cursor);
            cursor = changes.next();
            Supplier<ChangePage> next = more ? startReading(stream, cursor) : null;
            stored += inbox.appendAll(changes.events());
            if (next == null) {
                break;
            }
            if (page == maxPagesPerPoll) {
                if (readAhead.isPresent()) {
                    carried.set(new CarriedRead(stream, cursor, next));
                }
                break;
            }
            changes = next.get();
        }
        if (read > 0) {
            log.info("Polled {}: {} changes read, {} new, cursor now {}", stream, read, stored, cursor.modifiedAt());
        }
        return new PollReport(stream, read, stored, more);
    }

    /** The read the poll before carried over when it starts where this poll starts, else a new one. */
    private Supplier<ChangePage> carriedOrNewRead(StreamId stream, Watermark cursor) {
        CarriedRead last = carried.getAndSet(null);
        if (last != null && last.stream().equals(stream) && last.since().equals(cursor)) {
            return last.page();
        }
        return () -> source.readChanges(stream, cursor, pageSize);
    }

    /** The next page: being read on the read-ahead executor, or to be read when asked for without one. */
    private Supplier<ChangePage> startReading(StreamId stream, Watermark since) {
        Supplier<ChangePage> read = () -> source.readChanges(stream, since, pageSize);
        if (readAhead.isEmpty()) {
            return read;
        }
        try {
            CompletableFuture<ChangePage> reading = CompletableFuture.supplyAsync(read, readAhead.get());
            return () -> awaitRead(reading);
        } catch (RejectedExecutionException stopping) {
            return read;
        }
    }

    private static ChangePage awaitRead(CompletableFuture<ChangePage> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page read ahead", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading a page ahead failed", e.getCause());
        }
    }

    Watermark readCursor(StreamId stream) {
        Watermark committed = watermarks.load(stream).orElse(Watermark.BEGINNING);
        return inbox.highestPosition(stream).map(stored -> Watermark.max(stored, committed)).orElse(committed);
    }

    /** A page a poll asked for after its last one, for the next poll that reads {@code since} in {@code stream}. */
    private record CarriedRead(StreamId stream, Watermark since, Supplier<ChangePage> page) {
    }

    /** What one poll did. {@code more} says whether the stream had more waiting when the poll stopped. */
    public record PollReport(StreamId stream, int read, int stored, boolean more) {
    }
}
