package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's run through a cadence: which cadence, since when, for which SDR, and whether it still runs.
 *
 * @param cadence the cadence's name in the rules file
 * @param outcome {@code RUNNING}, or how it ended
 */
public record CadenceRun(PersonId person, Instant startedAt, String cadence, String ownerEmail,
                         CadenceOutcome outcome) {

    public CadenceRun {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean running() {
        return outcome == CadenceOutcome.RUNNING;
    }
}
