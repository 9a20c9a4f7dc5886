package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;

/**
 * Deletes a person's record in one CRM, when a delete in the other CRM is propagated
 * ({@code connector.sync.deletes: propagate}).
 *
 * <p><b>Idempotency:</b> deleting a record that is already gone succeeds, so a retried propagation is harmless.
 * <b>Failures:</b> a failed delete throws {@link io.leadbridge.core.failure.SyncFailureException} with a classified
 * failure. <b>Threading:</b> safe for concurrent use.
 */
public interface PersonDeleter {

    CrmSystem system();

    /** @param record a people record of {@link #system()} */
    void delete(ExternalRef record);
}
