package io.leadbridge.core.engine;

import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one stream into the durable inbox. It reads after the furthest position already stored (or the
 * committed watermark), so a restart neither re-reads settled changes nor skips unsettled ones: those are
 * still in the inbox.
 */
public final class ChangeIngestor {

    private static final Logger log = LoggerFactory.getLogger(ChangeIngestor.class);

    private final CrmSource source;
    private final ChangeInbox inbox;
    private final WatermarkStore watermarks;
    private final int pageSize;
    private final int maxPagesPerPoll;

    public ChangeIngestor(CrmSource source, ChangeInbox inbox, WatermarkStore watermarks, int pageSize,
                          int maxPagesPerPoll) {
        this.source = Objects.requireNonNull(source, "source");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        if (pageSize < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("pageSize and maxPagesPerPoll must be positive");
        }
        this.pageSize = pageSize;
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    /** Reads up to {@code maxPagesPerPoll} pages and stores them; returns how many new changes were stored. */
    public PollReport poll(StreamId stream) {
        Watermark cursor = readCursor(stream);
        int read = 0;
        int stored = 0;
        boolean more = true;
        for (int page = 0; page < maxPagesPerPoll && more; page++) {
            ChangePage changes = source.readChanges(stream, cursor, pageSize);
            read += changes.events().size();
            stored += inbox.appendAll(changes.events());
            more = changes.hasMore() && changes.next().isAfter(cursor);
            cursor = changes.next();
        }
        if (read > 0) {
            log.info("Polled {}: {} changes read, {} new, cursor now {}", stream, read, stored, cursor.modifiedAt());
        }
        return new PollReport(stream, read, stored, more);
    }

    Watermark readCursor(StreamId stream) {
        Watermark committed = watermarks.load(stream).orElse(Watermark.BEGINNING);
        return inbox.highestPosition(stream).map(stored -> Watermark.max(stored, committed)).orElse(committed);
    }

    /** What one poll did. {@code more} says whether the stream had more waiting when the poll stopped. */
    public record PollReport(StreamId stream, int read, int stored, boolean more) {
    }
}
