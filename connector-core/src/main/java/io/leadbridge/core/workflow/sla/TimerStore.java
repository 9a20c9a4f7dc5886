package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.model.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable SLA timers, shared by every instance. A due timer is handed to one caller of {@link #claimDue} at a
 * time; it stays claimed for the lease, and goes back to the pool if {@link #fired} is not called before the lease
 * ends (the instance died while firing it). A fired or stopped timer is never returned again.
 */
public interface TimerStore {

    /** Adds the timer unless one with its key exists; returns whether it was added. */
    boolean schedule(WorkflowTimer timer);

    /**
     * Claims up to {@code limit} timers of {@code family} due at {@code now}, earliest first, for {@code lease}.
     * Across instances and restarts each timer is claimed by one caller at a time.
     */
    List<WorkflowTimer> claimDue(TimerFamily family, Instant now, Duration lease, int limit);

    /** Marks a claimed timer fired; returns false when it was stopped meanwhile. */
    boolean fired(String key, Instant at);

    /**
     * Stops the person's clock of this kind: its timers are neither claimed nor fired any more. Empty when the
     * clock was never started or is already stopped, so that exactly one caller sees it stop.
     */
    Optional<StoppedClock> stop(PersonId person, SlaKind kind, Instant at);

    /**
     * Stops the person's cadence timers that have not fired: no further step or end check of the cadence fires.
     * Returns how many were stopped; zero when none was waiting.
     */
    int stopCadence(PersonId person, Instant at);

    /** The person's timers that have neither fired nor been stopped, earliest first. */
    List<WorkflowTimer> pendingOf(PersonId person);
}
