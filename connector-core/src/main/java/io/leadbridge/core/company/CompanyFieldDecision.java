package io.leadbridge.core.company;

import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.FieldVerdict;
import java.util.Objects;

/** What the planner decided for one company field, with the reason for the audit trail. */
public record CompanyFieldDecision(CompanyField field, FieldDecision.Action action, String value, String reason) {

    public CompanyFieldDecision {
        Objects.requireNonNull(field, "field");
        value = new FieldVerdict(action, value, reason).value();
    }
}
