package io.leadbridge.core.workflow;

import java.util.List;

/**
 * Carries out what the workflow policies decided, in the CRMs (tasks, notes, owner and status changes, lead
 * conversion). A timer whose firing was not confirmed is fired again after a crash, so each batch comes with a
 * key: a batch performed once is not performed again under the same key.
 */
public interface WorkflowActions {

    /**
     * Performs (or durably accepts for performing) the commands, in order; throws when that fails, so that the
     * caller retries.
     *
     * @param batchKey identifies the decision the commands come from, e.g. the timer's key
     */
    void perform(String batchKey, List<WorkflowCommand> commands);
}
