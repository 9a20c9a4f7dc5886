package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.util.Objects;
import java.util.Set;

/**
 * A touch to mirror into Salesforce on {@code who}, a Salesforce Lead or Contact: an Event for a meeting, a completed
 * Task otherwise.
 *
 * @param description the full text for the Task's Comments, e.g. the SDR's note or handoff context; cut to 32,000
 *                    characters. Empty to use the touch's excerpt.
 */
public record MirroredTouch(Touch touch, ExternalRef who, String description) {

    private static final Set<String> WHO_TYPES = Set.of("Lead", "Contact");

    public MirroredTouch {
        Objects.requireNonNull(touch, "touch");
        Objects.requireNonNull(who, "who");
        if (who.system() != CrmSystem.SALESFORCE || !WHO_TYPES.contains(who.objectType())) {
            throw new IllegalArgumentException("a Task is logged on a Salesforce Lead or Contact, not on " + who);
        }
        description = description == null ? "" : description;
    }

    public MirroredTouch(Touch touch, ExternalRef who) {
        this(touch, who, "");
    }
}
