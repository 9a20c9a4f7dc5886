package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.PlainDuration;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.util.List;

/** Decides what a cadence's end means for the person: after an unanswered breakup, the rules' stage and marketing. */
public final class CadencePolicy {

    private CadencePolicy() {
    }

    /**
     * The commands for a person at {@code currentStage} whose cadence stands at {@code progress}: none while it
     * runs or after a reply; after an unanswered breakup, a move to the cadence's {@code after-breakup} stage
     * and the person back to marketing.
     */
    public static List<WorkflowCommand> decide(PersonId person, FunnelStage currentStage, CadenceProgress progress) {
        if (progress.outcome() != CadenceOutcome.FINISHED_WITHOUT_REPLY) {
            return List.of();
        }
        Cadence cadence = progress.cadence();
        String reason = "No reply to the " + cadence.name() + " cadence: " + cadence.steps().size()
                + " steps made, breakup email sent, nothing back within "
                + PlainDuration.of(cadence.waitAfterBreakup());
        if (!FunnelTransitions.allowed(currentStage, cadence.afterBreakup())) {
            return List.of();
        }
        return List.of(new WorkflowCommand.SetStage(person, currentStage, cadence.afterBreakup(), reason),
                new WorkflowCommand.ReturnToMarketing(person, reason));
    }
}
