package io.leadbridge.sandbox.hubspot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * What the emulated search sees. HubSpot's search is eventually consistent: a version written a moment ago may be
 * missing for a few seconds while versions written after it are already found. Each stored version here becomes
 * searchable after its own random delay, up to {@code maxDelay}; until then the search finds the version before it,
 * or nothing for a new record. With no delay every version is searchable at once. Not thread-safe: the
 * {@link Portal} calls it under its monitor.
 *
 * <p>The live records are also kept by their type's modification time ({@link ObjectType#lastModifiedProperty()}),
 * so that a search for what changed after a watermark reads the records after it, not every record of the type.
 */
final class SearchIndex {

    private record Pending(HubSpotRecord version, long sequence, Instant searchableAt) {
    }

    private record Indexed(HubSpotRecord version, long sequence) {
    }

    private final Duration maxDelay;
    private final DoubleSupplier draws;
    private final Map<ObjectType, TreeMap<Long, Indexed>> indexed = new EnumMap<>(ObjectType.class);
    /** Per type: modification time in epoch milliseconds, then id, to the live version searchable now. */
    private final Map<ObjectType, NavigableMap<Long, NavigableMap<Long, HubSpotRecord>>> byModified =
            new EnumMap<>(ObjectType.class);
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
            byModified.put(type, new TreeMap<>());
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
        indexDue(now);
        List<HubSpotRecord> live = new ArrayList<>(indexed.get(type).size());
        for (Indexed entry : indexed.get(type).values()) {
            if (!entry.version().archived()) {
                live.add(entry.version());
            }
        }
        return live;
    }

    /**
     * The live records the search finds at {@code now} whose modification time is at or after {@code fromMillis},
     * in modification-time order, ties by id: the records a search bounded below on that time can match, in the
     * order its ascending sort on it returns them.
     */
    List<HubSpotRecord> searchableModifiedFrom(ObjectType type, long fromMillis, Instant now) {
        indexDue(now);
        List<HubSpotRecord> live = new ArrayList<>();
        for (NavigableMap<Long, HubSpotRecord> sameMillisecond : byModified.get(type).tailMap(fromMillis, true)
                .values()) {
            live.addAll(sameMillisecond.values());
        }
        return live;
    }

    private void indexDue(Instant now) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending waiting = it.next();
            if (!waiting.searchableAt().isAfter(now)) {
                index(waiting.version(), waiting.sequence());
                it.remove();
            }
        }
    }

    /** A version indexed after a newer one of the same record does not replace it. */
    private void index(HubSpotRecord version, long versionSequence) {
        Indexed current = indexed.get(version.type()).get(version.id());
        if (current != null && current.sequence() > versionSequence) {
            return;
        }
        indexed.get(version.type()).put(version.id(), new Indexed(version, versionSequence));
        if (current != null) {
            unlist(current.version());
        }
        if (!version.archived()) {
            modifiedMillis(version).ifPresent(millis -> byModified.get(version.type())
                    .computeIfAbsent(millis, m -> new TreeMap<>()).put(version.id(), version));
        }
    }

    private void unlist(HubSpotRecord version) {
        modifiedMillis(version).ifPresent(millis -> {
            NavigableMap<Long, HubSpotRecord> sameMillisecond = byModified.get(version.type()).get(millis);
            if (sameMillisecond != null && sameMillisecond.remove(version.id()) != null && sameMillisecond.isEmpty()) {
                byModified.get(version.type()).remove(millis);
            }
        });
    }

    private static Optional<Long> modifiedMillis(HubSpotRecord version) {
        return version.property(version.type().lastModifiedProperty()).flatMap(Times::parse)
                .map(Instant::toEpochMilli);
    }
}
