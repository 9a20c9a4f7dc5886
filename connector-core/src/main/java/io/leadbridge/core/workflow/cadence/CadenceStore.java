package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable state of people's cadences, shared by every instance: each run (cadence, start, SDR, outcome) and
 * the touches logged on the person since, from which {@link CadenceTracker} works out the progress.
 *
 * <p><b>Idempotency:</b> starting a run or recording a touch twice stores it once; ending a run succeeds for one
 * caller only. <b>Failures:</b> a storage failure throws; nothing is half-stored. <b>Threading:</b> safe for
 * concurrent use. The store keeps channels, directions, times and record ids of touches, never their text.
 */
public interface CadenceStore {

    /** Stores a new running run; returns false when this run (person and start) is stored already. */
    boolean start(CadenceRun run);

    /** The person's running run, if any (the latest, should there be several). */
    Optional<CadenceRun> running(PersonId person);

    /** The run that started at {@code startedAt}, running or ended. */
    Optional<CadenceRun> find(PersonId person, Instant startedAt);

    /**
     * Ends a running run with {@code outcome} ({@code REPLIED} or {@code FINISHED_WITHOUT_REPLY}); returns false
     * when it had ended already, so that exactly one caller acts on the end.
     */
    boolean end(PersonId person, Instant startedAt, CadenceOutcome outcome, Instant at);

    /**
     * Gives the person's running run of {@code fromOwner} to {@code toOwner}; returns false when there is none
     * (no running run, or it is someone else's already).
     */
    boolean handOver(PersonId person, String fromOwner, String toOwner);

    /** Records a touch logged on the person; returns false when this touch was recorded before. */
    boolean recordTouch(PersonId person, Touch touch);

    /** The touches recorded for the person, oldest first. */
    List<Touch> touchesOf(PersonId person);
}
