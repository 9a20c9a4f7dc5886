package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.SyncPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit-trail entries of one successful person write: for each planned field, whose value won and under
 * which rule ({@link AuditKind#FIELD_DECISION}, rule id {@code field-ownership:<field>}), then the write itself
 * ({@link AuditKind#WRITE}). Names fields, systems and rules only; never the values, which are personal data.
 */
final class SettledWriteAudit {

    static final String WRITE_RULE = "two-way-people-sync";

    private SettledWriteAudit() {
    }

    /**
     * @param existingTarget the record the write updated, when it existed before; empty when the write created it
     */
    static List<AuditEntry> entries(PersonId person, ExternalRef source, Optional<ExternalRef> existingTarget,
                                    ExternalRef writtenTo, SyncPlan plan, Instant at) {
        List<AuditEntry> entries = new ArrayList<>();
        for (FieldDecision decision : plan.decisions()) {
            entries.add(fieldDecision(person, source.system(), writtenTo, decision, at));
        }
        String written = plan.changes().keySet().stream().map(f -> f.key()).collect(Collectors.joining(","));
        String verb = existingTarget.isPresent() ? "updated" : "created";
        entries.add(AuditEntry.of(person, at, AuditKind.WRITE, WRITE_RULE, writtenTo + " " + verb + " from "
                        + source + " (" + plan.changes().size() + " field(s): " + written + ")")
                .about(writtenTo)
                .with(Map.of("source", source.key(), "fields", written, "operation", verb)));
        return entries;
    }

    private static AuditEntry fieldDecision(PersonId person, CrmSystem from, ExternalRef writtenTo,
                                            FieldDecision decision, Instant at) {
        String field = decision.field().key();
        CrmSystem winner = decision.action() == FieldDecision.Action.SKIP ? writtenTo.system() : from;
        String outcome = switch (decision.action()) {
            case WRITE -> from + "'s " + field + " was written to " + writtenTo.system();
            case CLEAR -> from + "'s blank " + field + " cleared it in " + writtenTo.system();
            case SKIP -> writtenTo.system() + " kept its " + field;
        };
        return AuditEntry.of(person, at, AuditKind.FIELD_DECISION, "field-ownership:" + field,
                        outcome + " (" + decision.reason() + ")")
                .about(writtenTo)
                .with(Map.of("field", field, "action", decision.action().name(), "winner", winner.name()));
    }
}
