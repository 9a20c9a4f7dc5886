package io.leadbridge.core.triage;

import io.leadbridge.core.audit.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * What triage does to one person: the lead's new status value and owner (each only when it changes), and the audit
 * entries that explain it, recorded once the values are applied.
 */
public record TriagePlan(Optional<String> status, Optional<String> owner, List<AuditEntry> audit) {

    public static final TriagePlan NOTHING = new TriagePlan(Optional.empty(), Optional.empty(), List.of());

    public TriagePlan {
        audit = List.copyOf(audit);
    }

    public boolean writes() {
        return status.isPresent() || owner.isPresent();
    }
}
