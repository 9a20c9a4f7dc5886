package io.leadbridge.app.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

/**
 * A stream poller's schedule: the next cycle a {@code poll-interval} after the last one ended, or at once when the
 * last one ended with the stream still holding more ({@link BacklogPoll#moreWaiting()}), cut short by the polls a
 * cycle may run. The poller gives its scheduler thread back between cycles, so other pollers take their turn, but a
 * backlog is not left waiting a whole interval after every cycle.
 */
final class BacklogTrigger implements Trigger {

    private final BacklogPoll backlog;
    private final Duration interval;

    BacklogTrigger(BacklogPoll backlog, Duration interval) {
        this.backlog = Objects.requireNonNull(backlog, "backlog");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant lastCompletion = context.lastCompletion();
        if (lastCompletion == null) {
            return context.getClock().instant();
        }
        return backlog.moreWaiting() ? lastCompletion : lastCompletion.plus(interval);
    }
}
