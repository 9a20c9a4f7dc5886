package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.FunnelStage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
}
