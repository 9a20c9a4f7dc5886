package io.leadbridge.core.company;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;

/**
 * Reads changed company records of one CRM, incrementally.
 *
 * <p><b>Ordering:</b> changes come in {@link Watermark} order (modified time, then record id), every one strictly
 * after {@code since}. <b>Side effects:</b> none besides API calls; a read may be repeated freely.
 * <b>Threading:</b> safe for concurrent use. <b>Failures:</b> a failed read throws
 * {@link io.leadbridge.core.failure.SyncFailureException}; nothing is returned partially.
 */
public interface CompanySource {

    CrmSystem system();

    /** The stream this source reads, e.g. {@code hubspot.companies}; its watermark is kept under this key. */
    StreamId stream();

    /** @param max an upper bound on the changes returned, at least 1 */
    CompanyChangePage readChanges(Watermark since, int max);
}
