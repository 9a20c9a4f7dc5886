package io.leadbridge.salesforce;

import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.soap.SalesforceSession;
import io.leadbridge.salesforce.soap.TaskCreator;
import java.util.List;
import java.util.Objects;

/**
 * Mirrors touches into Salesforce: one completed {@code Task} per touch, created in calls of up to 200.
 *
 * <p>Results are per touch, in input order ({@link WriteResult.Written} carries the new Task's id). A Task has no
 * external id, so mirroring the same touch twice creates two Tasks: callers record the returned id and do not
 * resend a written touch. A failed call throws {@link io.leadbridge.core.failure.SyncFailureException}.
 */
public final class SalesforceTouchSink {

    private final TaskCreator tasks;

    public SalesforceTouchSink(SalesforceSession session) {
        this.tasks = new TaskCreator(Objects.requireNonNull(session, "session"));
    }

    public List<WriteResult> mirror(List<MirroredTouch> touches) {
        Objects.requireNonNull(touches, "touches");
        if (touches.isEmpty()) {
            return List.of();
        }
        return tasks.create(touches);
    }
}
