package io.leadbridge.core.company;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.WriteResult;
import java.util.List;

/**
 * Writes companies into one CRM: an update of a known record, or a create.
 *
 * <p><b>Batches:</b> callers pass at most {@link #maxBatchSize()} writes per call. Results are per record, in
 * input order: a record the CRM rejects is a {@link WriteResult.Failed}, the others still succeed.
 * <b>Failures:</b> when the whole call fails it throws {@link io.leadbridge.core.failure.SyncFailureException}
 * and the caller may retry the whole batch. <b>Idempotency:</b> an update repeated is harmless; a create is not
 * (no CRM offers a company key to upsert on), so callers create only after domain matching found nothing.
 * <b>Threading:</b> safe for concurrent use.
 */
public interface CompanySink {

    CrmSystem system();

    int maxBatchSize();

    /** @return one result per write, in the same order */
    List<WriteResult> write(List<CompanyWrite> writes);
}
