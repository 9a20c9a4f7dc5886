package io.leadbridge.proof.harness;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** API calls one vendor received, per operation (e.g. {@code POST search}, {@code SOAP upsert}). */
public final class CallCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> foundNothing = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

    void count(String operation) {
        increment(counts, operation);
    }

    /** One call of {@code operation}, already counted, was answered with nothing found (an empty search page). */
    void countFoundNothing(String operation) {
        increment(foundNothing, operation);
    }

    /** One call of {@code operation}, already counted, was refused for a rate limit (429). */
    void countRefused(String operation) {
        increment(refused, operation);
    }

    /** A copy, sorted by operation. */
    public Map<String, Long> snapshot() {
        return sorted(counts);
    }

    /** Of the calls in {@link #snapshot()}, those answered with nothing found, per operation, sorted. */
    public Map<String, Long> foundNothingSnapshot() {
        return sorted(foundNothing);
    }

    /** Of the calls in {@link #snapshot()}, those refused for a rate limit (429), per operation, sorted. */
    public Map<String, Long> refusedSnapshot() {
        return sorted(refused);
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long matching(String operationPart) {
        return counts.entrySet().stream().filter(e -> e.getKey().contains(operationPart))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    private static void increment(Map<String, LongAdder> perOperation, String operation) {
        perOperation.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> perOperation) {
        Map<String, Long> copy = new TreeMap<>();
        perOperation.forEach((operation, count) -> copy.put(operation, count.sum()));
        return copy;
    }

    public void reset() {
        counts.clear();
        foundNothing.clear();
        refused.clear();
    }
}
