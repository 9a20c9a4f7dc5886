package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.workflow.PlainDuration;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Decides what a cadence asks of the SDR and what its end means: on each step's day a CRM task for the SDR naming
 * the step; after an unanswered breakup, the rules' stage and the person back to marketing.
 */
public final class CadencePolicy {

    private CadencePolicy() {
    }

    /**
     * The task for {@code step} of a cadence started at {@code startedAt}: "Day 3: email" for the SDR, due at the
     * end of the step's day, saying which step of how many it is and how many are done.
     */
    public static WorkflowCommand.CreateTask stepTask(PersonId person, String ownerEmail, CadenceProgress progress,
                                                      CadenceStep step) {
        Cadence cadence = progress.cadence();
        boolean breakup = step.number() == cadence.steps().size();
        String channels = channels(step);
        Instant dueBy = cadence.dayStart(progress.startedAt(), step).plus(Duration.ofDays(1));
        String subject = "Day " + step.day() + ": " + channels + (breakup ? " (breakup)" : "");
        String description = "Step " + step.number() + " of " + cadence.steps().size() + " of the " + cadence.name()
                + " cadence: " + channels + (breakup ? ", the breakup email; without a reply within "
                + PlainDuration.of(cadence.waitAfterBreakup()) + " the person goes to "
                + cadence.afterBreakup().name().toLowerCase(Locale.ROOT) : "") + ". Steps done so far: "
                + progress.completedSteps() + " of " + cadence.steps().size()
                + ". Log each touch in the CRM; a reply stops the cadence.";
        return new WorkflowCommand.CreateTask(person, ownerEmail, subject, description, dueBy);
    }

    /** A step's channels as a task names them: "email + LinkedIn". */
    static String channels(CadenceStep step) {
        return step.touches().stream().sorted().map(CadencePolicy::channelName).collect(Collectors.joining(" + "));
    }

    /** How a task or note names a touch channel: "email", "call", "LinkedIn". */
    public static String channelName(Touch.TouchChannel channel) {
        return channel == Touch.TouchChannel.LINKEDIN ? "LinkedIn" : channel.name().toLowerCase(Locale.ROOT);
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
