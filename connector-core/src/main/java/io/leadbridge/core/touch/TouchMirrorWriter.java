package io.leadbridge.core.touch;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes mirrors exactly once: each activity's idempotency key is claimed in the {@link TouchMirrorStore} before
 * the write and completed with the written activity after it. A redelivered or retried touch finds its key
 * recorded and is not sent again. A claim is released only when the CRM definitely wrote nothing: it refused the
 * record, refused the whole call, or rate-limited it. After a {@link SyncFailure.Retriable} call failure (say a
 * timeout) or a crash mid-write the write may have happened, so the claim stays; the next attempt looks the mirror
 * up in the CRM by its key line ({@link ActivitySink#find}): found, it is recorded and not sent again; not found,
 * it is written under the claim it already holds.
 */
public final class TouchMirrorWriter {

    private final TouchMirrorStore store;
    private final ActivitySink sink;
    private final Clock clock;

    public TouchMirrorWriter(TouchMirrorStore store, ActivitySink sink, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The most activities one {@link #write} takes: the sink's batch size. */
    public int maxBatchSize() {
        return sink.maxBatchSize();
    }

    /**
     * A mirror claimed before whose look-up fails gets that failure as its outcome, with its claim kept, and is not
     * written; the rest of the batch goes on. After a rate-limited look-up the remaining look-ups are not tried: they
     * get the same failure.
     *
     * @param activities at most the sink's batch size, each into the sink's CRM
     * @return one outcome per activity, in input order
     * @throws SyncFailureException when the write call fails as a whole
     */
    public List<MirrorOutcome> write(List<MirroredActivity> activities) {
        if (activities.size() > sink.maxBatchSize()) {
            throw new IllegalArgumentException("activities: at most " + sink.maxBatchSize() + " per call, was "
                    + activities.size());
        }
        activities.forEach(this::requireSinkSystem);
        MirrorOutcome[] outcomes = new MirrorOutcome[activities.size()];
        List<Integer> claimed = new ArrayList<>();
        SyncFailure.RateLimited lookupsLimited = null;
        for (int i = 0; i < activities.size(); i++) {
            MirroredActivity activity = activities.get(i);
            if (store.claim(activity, clock.instant())) {
                claimed.add(i);
            } else if (lookupsLimited != null) {
                outcomes[i] = new MirrorOutcome.Failed(activity, lookupsLimited);
            } else {
                try {
                    Optional<MirrorOutcome> settled = claimedBefore(activity);
                    if (settled.isPresent()) {
                        outcomes[i] = settled.get();
                    } else {
                        claimed.add(i);
                    }
                } catch (SyncFailureException lookupFailed) {
                    outcomes[i] = new MirrorOutcome.Failed(activity, lookupFailed.failure());
                    if (lookupFailed.failure() instanceof SyncFailure.RateLimited limited) {
                        lookupsLimited = limited;
                    }
                }
            }
        }
        List<MirroredActivity> toWrite = claimed.stream().map(activities::get).toList();
        if (!toWrite.isEmpty()) {
            store.makeClaimsDurable();
        }
        List<WriteResult> results = send(toWrite);
        for (int j = 0; j < claimed.size(); j++) {
            outcomes[claimed.get(j)] = settle(toWrite.get(j), results.get(j));
        }
        return List.of(outcomes);
    }

    private List<WriteResult> send(List<MirroredActivity> toWrite) {
        if (toWrite.isEmpty()) {
            return List.of();
        }
        List<WriteResult> results;
        try {
            results = sink.write(toWrite);
        } catch (SyncFailureException failed) {
            if (!(failed.failure() instanceof SyncFailure.Retriable)) {
                toWrite.forEach(activity -> store.release(activity.idempotencyKey()));
            }
            throw failed;
        }
        if (results.size() != toWrite.size()) {
            throw new IllegalStateException(sink.system() + " activity sink returned " + results.size()
                    + " results for " + toWrite.size() + " activities");
        }
        return results;
    }

    /**
     * A mirror that failed on its own is released unless its failure is {@link SyncFailure.Retriable}: like a call
     * that timed out, a record the answer said nothing definite about (HubSpot's batch answer without its result or
     * error, say) may have been written, so the claim stays and the retry looks the mirror up first.
     */
    private MirrorOutcome settle(MirroredActivity activity, WriteResult result) {
        if (result instanceof WriteResult.Written written) {
            store.written(activity.idempotencyKey(), written.target(), clock.instant());
            return new MirrorOutcome.Written(activity, written.target());
        }
        SyncFailure failure = ((WriteResult.Failed) result).failure();
        if (!(failure instanceof SyncFailure.Retriable)) {
            store.release(activity.idempotencyKey());
        }
        return new MirrorOutcome.Failed(activity, failure);
    }

    /**
     * A mirror claimed before: recorded, it was written; claimed but never recorded, it is looked up in the CRM and
     * recorded when found. Empty when the CRM does not hold it: it is to be written now, under the same claim.
     */
    private Optional<MirrorOutcome> claimedBefore(MirroredActivity activity) {
        Optional<ExternalRef> recorded = store.find(activity.idempotencyKey())
                .flatMap(TouchMirrorStore.StoredMirror::writtenActivity);
        if (recorded.isPresent()) {
            return Optional.of(new MirrorOutcome.AlreadyWritten(activity, recorded.get()));
        }
        Optional<ExternalRef> found = sink.find(activity);
        found.ifPresent(written -> store.written(activity.idempotencyKey(), written, clock.instant()));
        return found.map(written -> new MirrorOutcome.AlreadyWritten(activity, written));
    }

    private void requireSinkSystem(MirroredActivity activity) {
        if (activity.targetPerson().system() != sink.system()) {
            throw new IllegalArgumentException("activity for " + activity.targetPerson() + " cannot be written by the "
                    + sink.system() + " sink");
        }
    }
}
