package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.model.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded SLA outcome: a clock met (late or not) or breached. A speed-to-lead event with {@code MET} or
 * {@code MET_LATE} is the person's time to first touch.
 */
public record SlaEvent(PersonId person, SlaKind kind, SlaResult result, String ownerEmail, Instant startedAt,
                       Instant at) {

    public SlaEvent {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(at, "at");
    }

    public Duration elapsed() {
        return Duration.between(startedAt, at);
    }

    public boolean met() {
        return result != SlaResult.BREACHED;
    }
}
