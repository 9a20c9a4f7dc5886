package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.PersonId;
import java.util.Objects;

/** A person AEs keep sending back: how often, and the latest rejection's reason. */
public record RejectLoop(PersonId person, int rejections, String lastReason) {

    public RejectLoop {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(lastReason, "lastReason");
    }
}
