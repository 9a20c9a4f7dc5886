package io.leadbridge.core.company;

import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.util.Objects;

/**
 * Reads a {@link CompanySource} into the {@link CompanyInbox} under the stream's watermark: each page is stored
 * before the watermark moves past it, so a crash rereads (harmlessly: a stored version is not stored again) rather
 * than loses.
 */
public final class CompanyIntake {

    private final CompanyInbox inbox;
    private final WatermarkStore watermarks;
    private final Clock clock;
    private final int pageSize;
    private final int maxPagesPerPoll;

    public CompanyIntake(CompanyInbox inbox, WatermarkStore watermarks, Clock clock, int pageSize,
                         int maxPagesPerPoll) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("pageSize and maxPagesPerPoll must be at least 1");
        }
        this.pageSize = pageSize;
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    /** Reads up to {@code maxPagesPerPoll} pages; returns how many changes were read. */
    public int poll(CompanySource source) {
        Watermark since = watermarks.load(source.stream()).orElse(Watermark.BEGINNING);
        int read = 0;
        for (int page = 0; page < maxPagesPerPoll; page++) {
            CompanyChangePage changes = source.readChanges(since, pageSize);
            for (CompanyChange change : changes.changes()) {
                inbox.add(source.stream(), change, clock.instant());
            }
            read += changes.changes().size();
            if (!changes.next().isAfter(since)) {
                break;
            }
            watermarks.commit(source.stream(), changes.next());
            if (!changes.hasMore()) {
                break;
            }
            since = changes.next();
        }
        return read;
    }
}
