package io.leadbridge.app.console;

import io.leadbridge.core.engine.DryRunReport;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.FieldDecision;
import java.util.List;

/**
 * A dry run as the console shows it: what would be written to which record, and each field's decision with the
 * rule that made it and why.
 */
record PlannedWrite(String source, String person, String operation, String target, List<Change> changes,
                    List<Decision> decisions, String refusal) {

    static PlannedWrite of(DryRunReport report) {
        String operation = report.refusal().isPresent() ? "REFUSED" : report.writesNothing() ? "NOTHING"
                : report.wouldCreate() ? "CREATE" : "UPDATE";
        return new PlannedWrite(report.source().key(), report.person().map(Object::toString).orElse("-"),
                operation, report.target().map(ExternalRef::key).orElse(report.wouldCreate() ? "a new record" : "-"),
                report.changes().entrySet().stream().map(e -> new Change(e.getKey().key(), e.getValue())).toList(),
                report.decisions().stream().map(Decision::of).toList(), report.refusal().orElse(null));
    }

    record Change(String field, String value) {
    }

    record Decision(String field, String rule, String action, String value, String reason) {

        static Decision of(FieldDecision decision) {
            return new Decision(decision.field().key(), "field-ownership:" + decision.field().key(),
                    decision.action().name(), decision.value(), decision.reason());
        }
    }
}
