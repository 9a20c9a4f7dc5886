package io.leadbridge.core.triage;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.qualification.QualificationDecision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage does to one person: the lead's new status value and owner (each only when it changes), the funnel
 * move the qualification outcome makes (for the funnel ledger and the SLA clocks), and the audit entries that
 * explain it, recorded once the values are applied. With a decision, the qualification that made it and the
 * person's BANT answers as written in the CRM (for the handoff note at SQL).
 *
 * @param bantAnswers BANT question (as the rules name it, e.g. {@code budget}) to the person's answer, in BANT order
 */
public record TriagePlan(Optional<String> status, Optional<String> owner, Optional<StageTransition> move,
                         List<AuditEntry> audit, Optional<QualificationDecision> decision,
                         Map<String, String> bantAnswers) {

    public static final TriagePlan NOTHING = new TriagePlan(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of());

    public TriagePlan {
        Objects.requireNonNull(move, "move");
        audit = List.copyOf(audit);
        Objects.requireNonNull(decision, "decision");
        bantAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(bantAnswers));
    }

    /** A plan without the qualification's details. */
    public TriagePlan(Optional<String> status, Optional<String> owner, Optional<StageTransition> move,
                      List<AuditEntry> audit) {
        this(status, owner, move, audit, Optional.empty(), Map.of());
    }

    public boolean writes() {
        return status.isPresent() || owner.isPresent();
    }
}
