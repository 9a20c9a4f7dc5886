package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.FunnelStage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named sequence of SDR touches. The last step is the breakup email; when {@code waitAfterBreakup} passes after
 * it without a reply, the person goes to {@code afterBreakup} and back to marketing.
 */
public record Cadence(String name, List<CadenceStep> steps, FunnelStage afterBreakup, Duration waitAfterBreakup) {

    public Cadence {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("cadence " + name + " has no steps");
        }
        if (afterBreakup != FunnelStage.NURTURE && afterBreakup != FunnelStage.DISQUALIFIED) {
            throw new IllegalArgumentException("after a breakup a person goes to NURTURE or DISQUALIFIED, not "
                    + afterBreakup);
        }
        Objects.requireNonNull(waitAfterBreakup, "waitAfterBreakup");
    }

    public CadenceStep breakup() {
        return steps.get(steps.size() - 1);
    }

    /** When {@code step}'s day begins for a cadence started at {@code startedAt} (day 1 begins at the start). */
    public Instant dayStart(Instant startedAt, CadenceStep step) {
        return startedAt.plus(Duration.ofDays(step.day() - 1L));
    }

    /** When the breakup email's wait for a reply ends, if the breakup email is made on its day. */
    public Instant breakupWaitEnds(Instant startedAt) {
        return dayStart(startedAt, breakup()).plus(waitAfterBreakup);
    }

    /** The step made on the day that begins at {@code dayStart}; empty when no step falls on that day. */
    public Optional<CadenceStep> stepStartingAt(Instant startedAt, Instant dayStart) {
        return steps.stream().filter(step -> dayStart(startedAt, step).equals(dayStart)).findFirst();
    }
}
