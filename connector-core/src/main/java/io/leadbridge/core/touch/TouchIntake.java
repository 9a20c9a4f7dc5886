package io.leadbridge.core.touch;

import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link TouchFeed} into the {@link TouchInbox} under the stream's watermark: each page is stored before
 * the watermark moves past it, so a crash rereads (harmlessly) rather than loses. A touch logged on no person is
 * not stored: there is nobody to mirror it onto.
 */
public final class TouchIntake {

    private final TouchInbox inbox;
    private final WatermarkStore watermarks;
    private final Clock clock;
    private final int pageSize;
    private final int maxPagesPerPoll;

    public TouchIntake(TouchInbox inbox, WatermarkStore watermarks, Clock clock, int pageSize, int maxPagesPerPoll) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("pageSize and maxPagesPerPoll must be at least 1");
        }
        this.pageSize = pageSize;
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    /** Reads up to {@code maxPagesPerPoll} pages; returns how many new touches were stored. */
    public int poll(TouchFeed feed) {
        Watermark since = watermarks.load(feed.stream()).orElse(Watermark.BEGINNING);
        int stored = 0;
        for (int page = 0; page < maxPagesPerPoll; page++) {
            TouchPage read = feed.read(since, pageSize);
            stored += store(read.touches());
            watermarks.commit(feed.stream(), read.next());
            if (!read.more() || !read.next().isAfter(since)) {
                break;
            }
            since = read.next();
        }
        return stored;
    }

    /**
     * Stores touches read outside the feed's watermark (named by a notification, say) as {@link #poll} stores a
     * page: a touch on nobody is left out, a touch stored before is not stored again. Returns how many were new.
     */
    public int store(List<LoggedTouch> touches) {
        int stored = 0;
        for (LoggedTouch touch : touches) {
            if (!touch.people().isEmpty() && inbox.add(touch, clock.instant())) {
                stored++;
            }
        }
        return stored;
    }
}
