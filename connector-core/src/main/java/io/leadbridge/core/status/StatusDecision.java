package io.leadbridge.core.status;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.StageTransition;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CRM's funnel-status values mean for a person, and what to write to the other CRM.
 *
 * @param stage      the person's stage after this decision; empty when it is unknown (a value the table does not
 *                   map, on a person whose stage was not known yet)
 * @param transition the accepted move, when the stage changed; a backward move (a recycle) needs HubSpot's
 *                   lifecycle stage cleared before it is set, which the adapter does
 * @param changes    the other CRM's status fields to write ({@link PersonField#LIFECYCLE_STAGE},
 *                   {@link PersonField#LEAD_STATUS}), as that CRM's internal values; empty when nothing is written
 * @param reason     why, in plain language, for the person's audit trail
 */
public record StatusDecision(Optional<FunnelStage> stage, Optional<StageTransition> transition,
                             Map<PersonField, String> changes, String reason) {

    public StatusDecision {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(transition, "transition");
        changes = Collections.unmodifiableMap(changes.isEmpty()
                ? new EnumMap<>(PersonField.class) : new EnumMap<>(changes));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    public boolean writesNothing() {
        return changes.isEmpty();
    }
}
