package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.MirroredActivity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;

/**
 * A Salesforce {@link ActivitySink} that creates Tasks numbered after the highest one so far
 * ({@code 00T000000000001}, ...), unless a queued answer says otherwise, and records every call.
 */
public final class RecordingActivitySink implements ActivitySink {

    public final List<List<MirroredActivity>> calls = new ArrayList<>();
    public final Deque<Function<List<MirroredActivity>, List<WriteResult>>> answers = new ArrayDeque<>();
    /** The Tasks the org holds by the key their text names: every one written, and any a test puts here. */
    public final Map<String, ExternalRef> held = new HashMap<>();
    public final List<MirroredActivity> lookups = new ArrayList<>();
    /** Failures the next look-ups throw, one each, before look-ups answer from {@link #held} again. */
    public final Deque<SyncFailure> lookupFailures = new ArrayDeque<>();
    private final int maxBatchSize;
    private int created;

    public RecordingActivitySink(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    public static ExternalRef task(int n) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Task", String.format("00T%012d", n));
    }

    public static WriteResult written(int n) {
        return new WriteResult.Written(task(n), true);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public int maxBatchSize() {
        return maxBatchSize;
    }

    @Override
    public synchronized List<WriteResult> write(List<MirroredActivity> activities) {
        calls.add(List.copyOf(activities));
        List<WriteResult> results = answers.isEmpty()
                ? activities.stream().map(a -> written(++created)).toList() : answers.poll().apply(activities);
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof WriteResult.Written written) {
                held.put(activities.get(i).idempotencyKey(), written.target());
                created = Math.max(created, Integer.parseInt(written.target().id().substring(3)));
            }
        }
        return results;
    }

    @Override
    public synchronized Optional<ExternalRef> find(MirroredActivity activity) {
        lookups.add(activity);
        if (!lookupFailures.isEmpty()) {
            throw new SyncFailureException(lookupFailures.poll());
        }
        return Optional.ofNullable(held.get(activity.idempotencyKey()));
    }
}
