package io.leadbridge.core.port;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox: every change is stored here before it is acknowledged (to a webhook caller) or
 * before the poller moves on, and stays until it is settled: written, superseded, or parked in the error
 * queue.
 *
 * <p><b>Idempotency:</b> {@link #append} stores a change at most once per
 * {@link ChangeEvent#dedupKey()}, so re-polls and webhook redeliveries are harmless.
 *
 * <p><b>Concurrency:</b> {@link #claim} hands an entry to one worker only, across threads and instances
 * sharing the database; a claim expires after its lease so that a crashed worker's entries return.
 */
public interface ChangeInbox {

    /**
     * Stores the change unless one with the same dedup key is already there; returns whether it was new. When the
     * stored copy came without a stream position (a webhook) and this one carries one (a poll read the same
     * version), the stored copy takes the position, so the stream's cursor and watermark move past it instead of
     * reading it again on every poll.
     */
    boolean append(ChangeEvent event);

    /**
     * {@link #append} for each change of one read (a page), in order; returns how many were new. An implementation
     * may store them together, in fewer statements, but with the same outcome: each dedup key once, and a position
     * given to a stored copy that came without one.
     */
    default int appendAll(List<ChangeEvent> events) {
        int added = 0;
        for (ChangeEvent event : events) {
            if (append(event)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Claims up to {@code max} pending entries that are due at {@code now}, oldest first, for
     * {@code lease}.
     */
    List<InboxEntry> claim(int max, Instant now, Duration lease);

    /** The change was written, or is obsolete: it is settled. */
    void complete(long entryId);

    /** Settles several entries at once, each as {@link #complete} does: a drain's batch, in one statement. */
    default void completeAll(Collection<Long> entryIds) {
        entryIds.forEach(this::complete);
    }

    /** Gives a claimed entry back untouched, e.g. because its record is locked by another worker. */
    void release(long entryId);

    /** The attempt failed but may succeed later: count it, remember why, and wait until {@code notBefore}. */
    void retryLater(long entryId, SyncFailure failure, Instant notBefore, boolean countsAsAttempt);

    /** The change cannot be written for now; it is settled here and lives on in the error queue. */
    void park(long entryId, SyncFailure failure);

    /**
     * Deletes up to {@code max} of the oldest changes that were settled as written or obsolete before
     * {@code settledBefore}; parked changes stay, the error queue needs them. Their versions stay recorded as
     * applied, so a re-read of one is dropped as already applied. Returns how many were deleted.
     */
    int purgeSettled(Instant settledBefore, int max);

    /** The furthest position of any change from {@code stream} stored here, settled or not. */
    Optional<Watermark> highestPosition(StreamId stream);

    /**
     * The furthest position of {@code stream} such that every stored change up to it is settled; empty when
     * nothing from the stream is settled before its first unsettled change.
     */
    Optional<Watermark> settledThrough(StreamId stream);

    /**
     * Puts a parked change back for a fresh attempt on behalf of error {@code errorId}: due at {@code now}, with no
     * failed attempts, and carrying {@link InboxEntry#retryOf()} so the worker can resolve or reopen the error.
     * Returns false when no parked entry has that dedup key (nothing is changed then).
     */
    boolean requeue(String dedupKey, long errorId, Instant now);

    /** How many entries are not settled yet. */
    long pendingCount();
}
