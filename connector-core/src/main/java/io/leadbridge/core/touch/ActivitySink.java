package io.leadbridge.core.touch;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import java.util.List;
import java.util.Optional;

/**
 * Writes mirrored activities into one CRM. An implementation need not be idempotent itself (a Salesforce Task
 * has no external id): {@link TouchMirrorWriter} sends each mirror once, guarded by the {@link TouchMirrorStore},
 * and looks a mirror up with {@link #find} when a write's answer was lost.
 *
 * <p>Results are per activity, in input order: {@link WriteResult.Written} names the new activity; a
 * {@link WriteResult.Failed} means the CRM refused that one and wrote nothing, except with a
 * {@link io.leadbridge.core.failure.SyncFailure.Retriable} failure, which says the activity may have been written
 * (the answer held nothing definite about it). When the whole call fails it throws
 * {@link io.leadbridge.core.failure.SyncFailureException}, retriable when any part of it may have been written, so
 * an implementation that makes several CRM calls for one write returns the results of the calls answered before a
 * call that wrote nothing failed, rather than throwing them away. <b>Threading:</b> safe for concurrent use.
 */
public interface ActivitySink {

    CrmSystem system();

    /** The largest number of activities one call accepts. */
    int maxBatchSize();

    /**
     * @param activities at most {@link #maxBatchSize()} activities whose target person is in {@link #system()}
     * @return one result per activity, in the same order
     */
    List<WriteResult> write(List<MirroredActivity> activities);

    /**
     * The activity on {@link MirroredActivity#targetPerson()} whose text names {@code activity}'s idempotency key
     * (its {@link IdempotencyKeys#label} line), if there is one: after a write whose answer was lost, it tells whether
     * the write happened. A failed call throws {@link io.leadbridge.core.failure.SyncFailureException}.
     */
    Optional<ExternalRef> find(MirroredActivity activity);
}
