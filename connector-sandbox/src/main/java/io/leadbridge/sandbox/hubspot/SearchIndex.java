package io.leadbridge.sandbox.hubspot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * What the emulated search sees. HubSpot's search is eventually consistent: a version written a moment ago may be
 * missing for a few seconds while versions written after it are already found. Each stored version here becomes
 * searchable after its own random delay, up to {@code maxDelay}; until then the search finds the version before it,
 * or nothing for a new record. With no delay every version is searchable at once. Not thread-safe: the
 * {@link Portal} calls it under its monitor.
 */
final class SearchIndex {

    private record Pending(HubSpotRecord version, long sequence, Instant searchableAt) {
    }

    private record Indexed(HubSpotRecord version, long sequence) {
    }

    private final Duration maxDelay;
    private final DoubleSupplier draws;
    private final Map<ObjectType, TreeMap<Long, Indexed>> indexed = new EnumMap<>(ObjectType.class);
    private final List<Pending> pending = new ArrayList<>();
    private long sequence;

    SearchIndex(Duration maxDelay, long seed) {
        this(maxDelay, new Random(seed)::nextDouble);
    }

    /** @param draws each version's share of {@code maxDelay}, in [0, 1) */
    SearchIndex(Duration maxDelay, DoubleSupplier draws) {
        this.maxDelay = maxDelay;
        this.draws = draws;
        for (ObjectType type : ObjectType.values()) {
            indexed.put(type, new TreeMap<>());
        }
    }

    /** A new version of a record was stored at {@code now}. */
    void stored(HubSpotRecord version, Instant now) {
        long next = ++sequence;
        if (maxDelay.isZero()) {
            index(version, next);
            return;
        }
        long delayNanos = (long) (draws.getAsDouble() * maxDelay.toNanos());
        pending.add(new Pending(version, next, now.plusNanos(delayNanos)));
    }

    /** The live records the search finds at {@code now}, in creation order. */
    List<HubSpotRecord> searchable(ObjectType type, Instant now) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending waiting = it.next();
            if (!waiting.searchableAt().isAfter(now)) {
                index(waiting.version(), waiting.sequence());
                it.remove();
            }
        }
        List<HubSpotRecord> live = new ArrayList<>(indexed.get(type).size());
        for (Indexed entry : indexed.get(type).values()) {
            if (!entry.version().archived()) {
                live.add(entry.version());
            }
        }
        return live;
    }

    /** A version indexed after a newer one of the same record does not replace it. */
    private void index(HubSpotRecord version, long versionSequence) {
        indexed.get(version.type()).merge(version.id(), new Indexed(version, versionSequence),
                (current, candidate) -> candidate.sequence() > current.sequence() ? candidate : current);
    }
}
