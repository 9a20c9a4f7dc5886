package io.leadbridge.core.workflow;

import java.util.List;

/**
 * Carries out what the workflow policies decided, in the CRMs (tasks, notes, owner and status changes, lead
 * conversion). Implementations must be safe to call again with the same commands after a crash: a timer whose
 * firing was not confirmed is fired again.
 */
public interface WorkflowActions {

    /** Performs the commands in order; throws when one fails, so that the caller retries. */
    void perform(List<WorkflowCommand> commands);
}
