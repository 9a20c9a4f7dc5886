package io.leadbridge.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An accepted move between funnel stages, with who or what caused it and why, in plain language.
 *
 * @param cause  a rule id ({@code qualification.mql}), a CRM user's email, or a system actor
 * @param reason why the move happened, as an admin or an AE would read it
 */
public record StageTransition(FunnelStage from, FunnelStage to, Instant at, String cause, String reason) {

    public StageTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (cause == null || cause.isBlank()) {
            throw new IllegalArgumentException("cause must not be blank");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** True when the move goes back down the main line, e.g. an AE rejection recycling SQL to WORKING. */
    public boolean isBackward() {
        return to.isBefore(from);
    }
}
