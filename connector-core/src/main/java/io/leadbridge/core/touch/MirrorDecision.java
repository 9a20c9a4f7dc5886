package io.leadbridge.core.touch;

import java.util.Objects;

/** Whether a touch is mirrored into the other CRM now, never, or later, with the reason for the audit trail. */
public sealed interface MirrorDecision {

    String reason();

    /** Write {@code activity}. */
    record Mirror(MirroredActivity activity, String reason) implements MirrorDecision {
        public Mirror {
            Objects.requireNonNull(activity, "activity");
            requireReason(reason);
        }
    }

    /** Never mirror this touch. */
    record Skip(String reason) implements MirrorDecision {
        public Skip {
            requireReason(reason);
        }
    }

    /** Not yet: try again when the person has a record in the other CRM. */
    record Wait(String reason) implements MirrorDecision {
        public Wait {
            requireReason(reason);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
