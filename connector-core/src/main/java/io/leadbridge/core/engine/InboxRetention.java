package io.leadbridge.core.engine;

import io.leadbridge.core.port.ChangeInbox;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Deletes settled changes from the {@link ChangeInbox} once they are older than the retention, so that the inbox,
 * which keeps each change's fields, does not grow without end. Parked changes stay for the error queue. The shortest
 * retention is {@link #MINIMUM}: the inbox's settled changes are where each stream's watermark moves from after a
 * batch, and a poll restarts from the newest change stored.
 */
public final class InboxRetention {

    /** The shortest retention allowed. */
    public static final Duration MINIMUM = Duration.ofHours(1);
    static final int BATCH = 1000;

    private final ChangeInbox inbox;
    private final Duration keep;
    private final Clock clock;

    public InboxRetention(ChangeInbox inbox, Duration keep, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.keep = Objects.requireNonNull(keep, "keep");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keep.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("the inbox retention must be at least " + MINIMUM + ", was " + keep);
        }
    }

    /** Deletes, batch after batch, every change settled longer than the retention ago; returns how many. */
    public int purge() {
        var before = clock.instant().minus(keep);
        int total = 0;
        int deleted;
        do {
            deleted = inbox.purgeSettled(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
