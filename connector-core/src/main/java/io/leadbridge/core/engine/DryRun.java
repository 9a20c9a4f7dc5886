package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import io.leadbridge.core.sync.PersonWrite;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a person's change exactly as the two-way {@link SyncWorker} would, with the current rules, id map,
 * snapshots and own-write memory, and shows the result without acting on it: no CRM write, no id-map link, no
 * snapshot, no own-write memory and no audit entry.
 */
public final class DryRun {

    private final TwoWayPersonPlanning planning;

    /** The same collaborators the worker is built with; the audit trail is never written by a dry run. */
    public DryRun(IdMappingStore ids, IdentityResolver identity, TwoWayChangePlanner planner, AuditTrail audit) {
        this.planning = new TwoWayPersonPlanning(Objects.requireNonNull(ids, "ids"), identity, planner, audit);
    }

    /** As the worker with people's owners: an owner the other CRM lacks shows as skipped, and nothing is reported. */
    public DryRun(IdMappingStore ids, IdentityResolver identity, TwoWayChangePlanner planner, AuditTrail audit,
                  PersonOwners owners) {
        this.planning = new TwoWayPersonPlanning(Objects.requireNonNull(ids, "ids"), identity, planner, audit, owners,
                (event, failure) -> { });
    }

    /**
     * @param event an upsert carrying the record's current fields
     * @throws IllegalArgumentException when the event is a delete or carries no fields
     */
    public DryRunReport plan(ChangeEvent event) {
        if (event.person().isEmpty()) {
            throw new IllegalArgumentException(event.ref() + ": a dry run needs the record's fields; deletes are not"
                    + " propagated");
        }
        try {
            TwoWayPersonPlanning.Preview preview = planning.preview(event);
            return new DryRunReport(event.ref(), preview.person(), preview.target(),
                    preview.plan().map(plan -> plan.plan().decisions()).orElse(List.of()),
                    preview.planned().write().map(PersonWrite::changes)
                            .orElse(Map.of()), Optional.empty());
        } catch (SyncFailureException refused) {
            return DryRunReport.refused(event.ref(), refused.failure().code() + ": " + refused.failure().message());
        }
    }
}
