package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;

/**
 * Merges two people records of one CRM, when a merge in the other CRM is propagated
 * ({@code connector.sync.merges: propagate}).
 *
 * <p><b>Idempotency:</b> merging a record that is already gone (merged by an earlier attempt) succeeds, so a retried
 * propagation is harmless. <b>Failures:</b> a failed merge throws
 * {@link io.leadbridge.core.failure.SyncFailureException} with a classified failure; nothing was merged.
 * <b>Threading:</b> safe for concurrent use.
 */
public interface PersonMerger {

    CrmSystem system();

    /**
     * @param survivor the record that stays, of {@link #system()}
     * @param loser    the record merged into it (and deleted), of the same object type
     */
    void merge(ExternalRef survivor, ExternalRef loser);
}
