package io.leadbridge.core.workflow;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingDecision;
import io.leadbridge.core.routing.RoutingRules;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out {@link WorkflowCommand.Reassign}: routing runs again without the owner who missed the SLA
 * ({@link RoutingRules#reassign}), the choice is audited as a routing decision naming the command, and the CRM
 * carrier gives the person to the new owner as an {@link WorkflowCommand.AssignOwner}; then {@link Reassigned} is
 * told. Every other command goes to the CRM carrier as it is.
 *
 * <p>A delivery tried again (a retriable CRM failure) reuses the owner its first attempt chose, read from the
 * audit trail by the command's key, so the round robin counts the reassignment once. When nobody else can take
 * the person the command fails permanently with routing's reason and is parked for an admin.
 */
public final class Reassignments implements WorkflowCommandCarrier {

    /** The audit detail that ties a reassignment's routing decision to its command. */
    static final String COMMAND_DETAIL = "workflowCommand";
    private static final int HISTORY = 100;

    private final WorkflowCommandCarrier crm;
    private final Supplier<RoutingRules> routing;
    private final RoundRobinLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final Reassigned followers;

    /** @param followers told once the CRM has the new owner (the cadence hands its remaining tasks over) */
    public Reassignments(WorkflowCommandCarrier crm, Supplier<RoutingRules> routing, RoundRobinLedger ledger,
                         AuditTrail audit, Clock clock, Reassigned followers) {
        this.crm = crm;
        this.routing = routing;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.followers = followers;
    }

    @Override
    public void carry(String key, WorkflowCommand command) {
        if (!(command instanceof WorkflowCommand.Reassign reassign)) {
            crm.carry(key, command);
            return;
        }
        String owner = chosenBefore(reassign, key).orElseGet(() -> choose(reassign, key));
        crm.carry(key, new WorkflowCommand.AssignOwner(reassign.person(), owner, reassign.reason()));
        followers.reassigned(reassign.person(), reassign.fromOwner(), owner);
    }

    private Optional<String> chosenBefore(WorkflowCommand.Reassign reassign, String key) {
        return audit.of(reassign.person(), HISTORY).stream()
                .filter(entry -> entry.kind() == AuditKind.ROUTING && key.equals(entry.details().get(COMMAND_DETAIL)))
                .map(entry -> entry.details().get("owner")).filter(owner -> owner != null).findFirst();
    }

    private String choose(WorkflowCommand.Reassign reassign, String key) {
        RoutingDecision decision = routing.get().reassign(reassign.fromOwner(), clock.instant(), ledger);
        if (decision.owner().isEmpty()) {
            throw new SyncFailureException(new SyncFailure.Permanent("NO_OWNER_TO_REASSIGN", "Reassigning away from "
                    + reassign.fromOwner() + " found nobody: " + decision.reason(), "", List.of()));
        }
        String owner = decision.owner().get();
        audit.record(List.of(AuditEntry.of(reassign.person(), clock.instant(), AuditKind.ROUTING, decision.ruleId(),
                reassign.reason() + "; " + decision.reason()).with(Map.of("owner", owner, COMMAND_DETAIL, key))));
        return owner;
    }
}
