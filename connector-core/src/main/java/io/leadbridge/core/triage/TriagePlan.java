package io.leadbridge.core.triage;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.model.StageTransition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage does to one person: the lead's new status value and owner (each only when it changes), the funnel
 * move the qualification outcome makes (for the funnel ledger and the SLA clocks), and the audit entries that
 * explain it, recorded once the values are applied.
 */
public record TriagePlan(Optional<String> status, Optional<String> owner, Optional<StageTransition> move,
                         List<AuditEntry> audit) {

    public static final TriagePlan NOTHING = new TriagePlan(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of());

    public TriagePlan {
        Objects.requireNonNull(move, "move");
        audit = List.copyOf(audit);
    }

    public boolean writes() {
        return status.isPresent() || owner.isPresent();
    }
}
