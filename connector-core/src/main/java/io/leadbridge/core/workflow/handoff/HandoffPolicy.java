package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.metrics.Rejections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the handoff from SDR to AE at SQL and the AE's answer: accept moves the person to SAL (and converts the
 * Lead when the rules say so); reject recycles the person to the SDR at the rules' stage with the AE's reason, and
 * flags the person once the rejections reach the rules' limit.
 */
public final class HandoffPolicy {

    public static final String HANDOFF_RULE = "handoff";
    public static final String ACCEPT_RULE = "handoff.accept";
    public static final String REJECT_RULE = "recycle";

    private final HandoffRules handoff;
    private final RecycleRules recycle;

    public HandoffPolicy(HandoffRules handoff, RecycleRules recycle) {
        this.handoff = handoff;
        this.recycle = recycle;
    }

    /** At SQL: the handoff note on the record and the person given to the AE. */
    public HandoffDecision handOff(HandoffInput input, Instant at) {
        String reason = "Sales-qualified with score " + input.score() + "; handed from " + input.sdrEmail() + " to "
                + input.aeEmail();
        return new HandoffDecision(Optional.empty(),
                List.of(new WorkflowCommand.WriteNote(input.person(), HandoffNote.TITLE,
                                HandoffNote.render(input, handoff)),
                        new WorkflowCommand.AssignOwner(input.person(), input.aeEmail(), reason)),
                List.of(AuditEntry.of(input.person(), at, AuditKind.HANDOFF, HANDOFF_RULE, reason)), false);
    }

    /** The AE accepted (a status change in either CRM): SQL to SAL, and the Lead converted if the rules say so. */
    public HandoffDecision accept(PersonId person, FunnelStage current, String aeEmail, Instant at) {
        requireSql(current, "accept");
        String reason = "Accepted by " + aeEmail;
        StageTransition move = FunnelTransitions.move(current, FunnelStage.SAL, at, aeEmail, reason);
        List<WorkflowCommand> commands = new ArrayList<>();
        commands.add(new WorkflowCommand.SetStage(person, current, FunnelStage.SAL, reason));
        if (handoff.convertLeadOnAccept()) {
            commands.add(new WorkflowCommand.ConvertLead(person, handoff.createOpportunity()));
        }
        return new HandoffDecision(Optional.of(move), commands,
                List.of(AuditEntry.of(person, at, AuditKind.HANDOFF, ACCEPT_RULE, reason)), false);
    }

    /**
     * The AE rejected with {@code reason}: back to the SDR at the rules' recycle stage, reason on the record.
     *
     * @param earlierRejections how often the person was rejected before ({@link #rejectionsIn})
     * @throws IllegalArgumentException when the reason is blank or the person is not at SQL
     */
    public HandoffDecision reject(PersonId person, FunnelStage current, String aeEmail, String sdrEmail,
                                  String reason, int earlierRejections, Instant at) {
        requireSql(current, "reject");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an AE rejection needs a reason, so that the SDR knows what to fix");
        }
        int rejections = earlierRejections + 1;
        boolean loop = rejections >= recycle.flagAfterRejections();
        String why = "Rejected by " + aeEmail + ": " + reason.strip()
                + (loop ? " (rejected " + rejections + " times: reject loop)" : "");
        StageTransition move = FunnelTransitions.move(current, recycle.to(), at, aeEmail, why);
        List<WorkflowCommand> commands = List.of(
                new WorkflowCommand.SetStage(person, current, recycle.to(), why),
                new WorkflowCommand.AssignOwner(person, sdrEmail, why),
                new WorkflowCommand.WriteNote(person, "Leadbridge: AE rejected the handoff", why));
        AuditEntry entry = AuditEntry.of(person, at, AuditKind.HANDOFF, REJECT_RULE, why)
                .with(Map.of("rejections", Integer.toString(rejections), "rejectLoop", Boolean.toString(loop)));
        return new HandoffDecision(Optional.of(move), commands, List.of(entry), loop);
    }

    /** How often the person was rejected by an AE: the recycles out of SQL in the person's recorded moves. */
    public static int rejectionsIn(List<PersonTransition> moves) {
        return Rejections.count(moves);
    }

    private static void requireSql(FunnelStage current, String answer) {
        if (current != FunnelStage.SQL) {
            throw new IllegalArgumentException("an AE can " + answer + " a handoff only at SQL; the person is at "
                    + current);
        }
    }
}
