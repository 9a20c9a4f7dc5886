package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import java.util.List;

/**
 * Writes people into one CRM, in batches.
 *
 * <p><b>Idempotency:</b> writing the same {@link PersonWrite} twice leaves the CRM as after one write and
 * never creates a second record: implementations upsert on an external id (the source record's id) or
 * update a known target id.
 *
 * <p><b>Batches:</b> callers pass at most {@link #maxBatchSize()} writes per call; an implementation sends
 * them in as few API calls as the vendor allows. Results are per record, in input order: a record that
 * the CRM rejects is a {@link WriteResult.Failed}, the others still succeed.
 *
 * <p><b>Failures:</b> when the whole call fails (network, auth, rate limit) it throws
 * {@link io.leadbridge.core.failure.SyncFailureException} and no result is returned; the caller may retry
 * the whole batch. <b>Threading:</b> safe for concurrent use.
 */
public interface CrmSink {

    CrmSystem system();

    /** The largest batch one call accepts (HubSpot 100, Salesforce 200). */
    int maxBatchSize();

    /**
     * @param writes at most {@link #maxBatchSize()} writes, none null
     * @return one result per write, in the same order
     */
    List<WriteResult> upsertPeople(List<PersonWrite> writes);
}
