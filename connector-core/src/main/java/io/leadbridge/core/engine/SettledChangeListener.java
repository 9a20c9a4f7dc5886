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

    /** Runs each step in turn; a step that throws stops the others, and all run again on the retry. */
    static SettledChangeListener all(List<SettledChangeListener> steps) {
        List<SettledChangeListener> inOrder = List.copyOf(steps);
        return change -> inOrder.forEach(step -> step.settled(change));
    }

    void settled(ChangeEvent change);
}
