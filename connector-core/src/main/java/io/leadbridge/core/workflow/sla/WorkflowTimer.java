package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A durable timer of one person's SLA clock.
 *
 * @param key        unique per person, purpose and clock start, so that scheduling the same clock twice is a no-op
 * @param startedAt  when the clock started (MQL, handoff)
 * @param ownerEmail who the clock runs for (the SDR, the AE)
 */
public record WorkflowTimer(String key, PersonId person, TimerPurpose purpose, Instant startedAt, Instant dueAt,
                            String ownerEmail) {

    public WorkflowTimer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (ownerEmail == null || ownerEmail.isBlank()) {
            throw new IllegalArgumentException("ownerEmail must not be blank");
        }
    }

    public static WorkflowTimer of(PersonId person, TimerPurpose purpose, Instant startedAt, Instant dueAt,
                                   String ownerEmail) {
        String key = person + ":" + purpose.name().toLowerCase(Locale.ROOT) + ":" + startedAt.toEpochMilli();
        return new WorkflowTimer(key, person, purpose, startedAt, dueAt, ownerEmail);
    }

    /**
     * A cadence timer, keyed by person, purpose, cadence start and due time: each step of one cadence run is its
     * own timer, and scheduling the run again adds none.
     */
    public static WorkflowTimer ofCadence(PersonId person, TimerPurpose purpose, Instant startedAt, Instant dueAt,
                                          String ownerEmail) {
        WorkflowTimer timer = of(person, purpose, startedAt, dueAt, ownerEmail);
        return new WorkflowTimer(timer.key() + ":" + dueAt.toEpochMilli(), person, purpose, startedAt, dueAt,
                ownerEmail);
    }
}
