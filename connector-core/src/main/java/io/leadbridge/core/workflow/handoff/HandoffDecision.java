package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handoff step decided: the funnel move to record (in the {@code FunnelLedger}), the commands for the CRMs,
 * the audit entries, and whether the person is now flagged as caught in a reject loop.
 */
public record HandoffDecision(Optional<StageTransition> transition, List<WorkflowCommand> commands,
                              List<AuditEntry> audit, boolean rejectLoop) {

    public HandoffDecision {
        Objects.requireNonNull(transition, "transition");
        commands = List.copyOf(commands);
        audit = List.copyOf(audit);
    }
}
