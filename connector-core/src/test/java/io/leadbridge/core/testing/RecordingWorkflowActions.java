package io.leadbridge.core.testing;

import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link WorkflowActions} that keeps what it was told to do, once per batch key, and fails the next calls on
 * request. Thread-safe.
 */
public final class RecordingWorkflowActions implements WorkflowActions {

    private final List<WorkflowCommand> performed = new ArrayList<>();
    private final Set<String> batchKeys = new HashSet<>();
    private int failuresLeft;

    @Override
    public synchronized void perform(String batchKey, List<WorkflowCommand> commands) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("CRM unavailable (test)");
        }
        if (batchKeys.add(batchKey)) {
            performed.addAll(commands);
        }
    }

    public synchronized void failNext(int calls) {
        failuresLeft = calls;
    }

    public synchronized List<WorkflowCommand> performed() {
        return List.copyOf(performed);
    }

    public synchronized <C extends WorkflowCommand> List<C> performed(Class<C> type) {
        return performed.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
