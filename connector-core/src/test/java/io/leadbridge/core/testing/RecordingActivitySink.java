package io.leadbridge.core.testing;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.MirroredActivity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A Salesforce {@link ActivitySink} that creates Tasks numbered after the highest one so far
 * ({@code 00T000000000001}, ...), unless a queued answer says otherwise, and records every call.
 */
public final class RecordingActivitySink implements ActivitySink {

    public final List<List<MirroredActivity>> calls = new ArrayList<>();
    public final Deque<Function<List<MirroredActivity>, List<WriteResult>>> answers = new ArrayDeque<>();
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
        results.stream().filter(WriteResult.Written.class::isInstance)
                .map(r -> Integer.parseInt(((WriteResult.Written) r).target().id().substring(3)))
                .forEach(n -> created = Math.max(created, n));
        return results;
    }
}
