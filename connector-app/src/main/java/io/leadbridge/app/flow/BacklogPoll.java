package io.leadbridge.app.flow;

import io.leadbridge.core.engine.ChangeIngestor.PollReport;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One poller cycle of a stream, polled again at once while the stream has more waiting than one poll reads
 * ({@code max-pages-per-poll}): a backlog (an import, a first sync) is read at the pace the vendor's limits allow,
 * not one poll per {@code poll-interval}. Returns {@code null}, which ends the poller's cycle, once a poll has caught
 * up; the poller's messages per cycle bound how long one cycle may run, and {@link BacklogTrigger} starts the next
 * cycle at once when that bound, not the stream, ended it.
 */
final class BacklogPoll implements Supplier<PollReport> {

    private final Supplier<PollReport> poll;
    private boolean caughtUp;
    private volatile boolean moreWaiting;

    BacklogPoll(Supplier<PollReport> poll) {
        this.poll = Objects.requireNonNull(poll, "poll");
    }

    @Override
    public synchronized PollReport get() {
        if (caughtUp) {
            caughtUp = false;
            return null;
        }
        moreWaiting = false;
        PollReport report = poll.get();
        caughtUp = !report.more();
        moreWaiting = report.more();
        return report;
    }

    /** Whether the last poll left more waiting in the stream; false after a poll that failed. */
    boolean moreWaiting() {
        return moreWaiting;
    }
}
