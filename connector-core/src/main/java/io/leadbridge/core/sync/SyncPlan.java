package io.leadbridge.core.sync;

import io.leadbridge.core.model.PersonField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The field-by-field decisions for one change, in mapping order. */
public record SyncPlan(List<FieldDecision> decisions) {

    public SyncPlan {
        decisions = List.copyOf(decisions);
    }

    /** The changes to send: each written field with its value, each cleared field with {@code ""}. */
    public Map<PersonField, String> changes() {
        Map<PersonField, String> changes = new EnumMap<>(PersonField.class);
        for (FieldDecision d : decisions) {
            switch (d.action()) {
                case WRITE -> changes.put(d.field(), d.value());
                case CLEAR -> changes.put(d.field(), "");
                case SKIP -> { }
            }
        }
        return Collections.unmodifiableMap(changes);
    }

    public boolean writesNothing() {
        return decisions.stream().allMatch(d -> d.action() == FieldDecision.Action.SKIP);
    }
}
