package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import java.util.Objects;
import java.util.Optional;

/** A person's funnel move, with the SDR and AE who owned the person at the time (for per-owner metrics). */
public record PersonTransition(PersonId person, StageTransition transition, Optional<String> sdrEmail,
                               Optional<String> aeEmail) {

    public PersonTransition {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(sdrEmail, "sdrEmail");
        Objects.requireNonNull(aeEmail, "aeEmail");
    }
}
