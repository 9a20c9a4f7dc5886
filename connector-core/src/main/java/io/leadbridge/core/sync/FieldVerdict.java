package io.leadbridge.core.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * An ownership rule's decision for one field of any record (person or company), before it is tied to a field:
 * the action, the value for {@link FieldDecision.Action#WRITE}, and the reason.
 */
public record FieldVerdict(FieldDecision.Action action, String value, String reason) {

    public FieldVerdict {
        Objects.requireNonNull(action, "action");
        value = value == null ? "" : value;
        if (action != FieldDecision.Action.WRITE && !value.isEmpty()) {
            throw new IllegalArgumentException("only WRITE carries a value");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    public static FieldVerdict write(String value, String reason) {
        return new FieldVerdict(FieldDecision.Action.WRITE, value, reason);
    }

    public static FieldVerdict skip(String reason) {
        return new FieldVerdict(FieldDecision.Action.SKIP, "", reason);
    }

    /** The value, or a clear when the source is blank. */
    public static FieldVerdict copy(Optional<String> value, String reason) {
        return value.map(v -> write(v, reason))
                .orElseGet(() -> new FieldVerdict(FieldDecision.Action.CLEAR, "", reason + "; it is blank there"));
    }

    public FieldVerdict withReason(String newReason) {
        return new FieldVerdict(action, value, newReason);
    }
}
