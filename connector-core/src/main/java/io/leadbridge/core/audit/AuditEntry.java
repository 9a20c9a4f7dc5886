package io.leadbridge.core.audit;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a person's {@link AuditTrail}.
 *
 * @param person  whose entry this is
 * @param at      when it was decided
 * @param kind    what sort of decision or effect
 * @param ruleId  the rule or policy that decided it ({@code field-ownership:email}, {@code mql-score}, ...)
 * @param reason  the decision in plain language, for an admin or an AE
 * @param record  the CRM record it concerns, when there is one
 * @param details small named values that explain it (field, verdict, score, owner); no message bodies
 */
public record AuditEntry(PersonId person, Instant at, AuditKind kind, String ruleId, String reason,
                         Optional<ExternalRef> record, Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(record, "record");
        details = Map.copyOf(details);
    }

    public static AuditEntry of(PersonId person, Instant at, AuditKind kind, String ruleId, String reason) {
        return new AuditEntry(person, at, kind, ruleId, reason, Optional.empty(), Map.of());
    }

    public AuditEntry about(ExternalRef ref) {
        return new AuditEntry(person, at, kind, ruleId, reason, Optional.of(ref), details);
    }

    public AuditEntry with(Map<String, String> moreDetails) {
        Map<String, String> merged = new LinkedHashMap<>(details);
        merged.putAll(moreDetails);
        return new AuditEntry(person, at, kind, ruleId, reason, record, merged);
    }
}
