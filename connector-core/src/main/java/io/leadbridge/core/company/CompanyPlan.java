package io.leadbridge.core.company;

import io.leadbridge.core.sync.FieldDecision;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The field-by-field decisions for one company change, in mapping order. */
public record CompanyPlan(List<CompanyFieldDecision> decisions) {

    public CompanyPlan {
        decisions = List.copyOf(decisions);
    }

    /** The changes to send: each written field with its value, each cleared field with {@code ""}. */
    public Map<CompanyField, String> changes() {
        Map<CompanyField, String> changes = new EnumMap<>(CompanyField.class);
        decisions.stream().filter(d -> d.action() != FieldDecision.Action.SKIP)
                .forEach(d -> changes.put(d.field(), d.value()));
        return Collections.unmodifiableMap(changes);
    }

    public boolean writesNothing() {
        return decisions.stream().allMatch(d -> d.action() == FieldDecision.Action.SKIP);
    }
}
