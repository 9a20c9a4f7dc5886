package io.leadbridge.core.company;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import java.time.Instant;
import java.util.List;

/**
 * The durable inbox of company changes (ADR 0025): every change a {@link CompanySource} reads is stored here before
 * its stream's watermark moves, and stays pending until {@link CompanyDrain} settles it (written, needing no write,
 * or parked in the error queue). Each pending change is tried on its own schedule, so one that keeps failing does
 * not hold the others.
 *
 * <p>Each version of a record (its ref and modification time) is kept once: a reread is not stored again.
 * Safe for concurrent use; {@link #due} does not lease, so one instance at a time drains (the poller leader).
 */
public interface CompanyInbox {

    /**
     * Stores {@code change} as pending unless that version of the record is stored already; returns whether new.
     * A change carries the whole record, so older pending versions of it are settled as superseded (except one an
     * admin's retry put back, whose error its own outcome closes).
     */
    boolean add(StreamId stream, CompanyChange change, Instant receivedAt);

    /** Pending changes read from {@code source} whose next attempt is due at {@code now}, in stream order. */
    List<CompanyInboxEntry> due(CrmSystem source, int max, Instant now);

    /**
     * Offers the pending change again no sooner than {@code notBefore}.
     *
     * @param attempts    the failed attempts so far
     * @param lastFailure what went wrong, kept for the admin; {@code null} when the change only waits its turn
     */
    void retryAt(long entryId, int attempts, Instant notBefore, SyncFailure lastFailure);

    /** The change needs nothing more. */
    void settle(long entryId, Instant settledAt);

    /** The change is parked as error {@code errorId}; only an admin's {@link #requeue} brings it back. */
    void park(long entryId, long errorId, int attempts, SyncFailure failure);

    /**
     * Puts the change parked as {@code errorId} back as due at {@code now}, with no failed attempts and
     * {@link CompanyInboxEntry#retryOf()} set. Returns false when no change is parked as that error.
     */
    boolean requeue(long errorId, Instant now);

    /** How many changes are not settled yet (pending or parked). */
    long unsettledCount();
}
