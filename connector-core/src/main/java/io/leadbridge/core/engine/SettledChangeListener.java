package io.leadbridge.core.engine;

import io.leadbridge.core.sync.ChangeEvent;
import java.util.List;

/**
 * A step that runs after {@link SyncWorker} has brought a change into the other CRM (or found it already there),
 * before the change is completed in the inbox. The id map links the person's records by then.
 *
 * <p><b>Failures:</b> throwing {@link io.leadbridge.core.failure.SyncFailureException} fails the change like a
 * failed write (retried with backoff, then parked in the error queue), and the step runs again on the retry, so it
 * must be safe to repeat. <b>Threading:</b> called from the worker's thread, one change at a time per record.
 */
public interface SettledChangeListener {

    SettledChangeListener NONE = change -> { };

    void settled(ChangeEvent change);

    /** Runs each step in turn; a throw stops the rest, and the retry runs all of them again. */
    static SettledChangeListener inOrder(List<SettledChangeListener> steps) {
        List<SettledChangeListener> all = List.copyOf(steps);
        return change -> all.forEach(step -> step.settled(change));
    }
}
