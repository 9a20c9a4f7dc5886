package io.leadbridge.core.sync;

import io.leadbridge.core.model.PersonField;
import java.util.Objects;

/**
 * What the planner decided for one field, with the reason an admin reads in the audit trail.
 *
 * @param value the value to write for {@link Action#WRITE}; empty for every other action
 */
public record FieldDecision(PersonField field, Action action, String value, String reason) {

    public FieldDecision {
        Objects.requireNonNull(field, "field");
        value = new FieldVerdict(action, value, reason).value();
    }

    public enum Action {
        /** Set the target field to {@link #value()}. */
        WRITE,
        /** Empty the target field. */
        CLEAR,
        /** Leave the target field as it is. */
        SKIP
    }
}
