package io.leadbridge.proof.harness;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** API calls one vendor received, per operation (e.g. {@code POST search}, {@code SOAP upsert}). */
public final class CallCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String operation) {
        counts.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    /** A copy, sorted by operation. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((operation, count) -> copy.put(operation, count.sum()));
        return copy;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long matching(String operationPart) {
        return counts.entrySet().stream().filter(e -> e.getKey().contains(operationPart))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    public void reset() {
        counts.clear();
    }
}
