package io.leadbridge.core.workflow.cadence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's cadence at one moment.
 *
 * @param outcomeAt     when the reply came or the breakup wait ended; empty while running
 * @param nextStep      the first step not yet complete
 * @param nextStepDueBy the end of that step's day; after it the step is overdue
 */
public record CadenceProgress(Cadence cadence, Instant startedAt, List<StepProgress> steps, CadenceOutcome outcome,
                              Optional<Instant> outcomeAt, Optional<CadenceStep> nextStep,
                              Optional<Instant> nextStepDueBy) {

    public CadenceProgress {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(startedAt, "startedAt");
        steps = List.copyOf(steps);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeAt, "outcomeAt");
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(nextStepDueBy, "nextStepDueBy");
    }

    public long completedSteps() {
        return steps.stream().filter(StepProgress::complete).count();
    }

    public boolean overdue(Instant now) {
        return outcome == CadenceOutcome.RUNNING && nextStepDueBy.map(now::isAfter).orElse(false);
    }
}
