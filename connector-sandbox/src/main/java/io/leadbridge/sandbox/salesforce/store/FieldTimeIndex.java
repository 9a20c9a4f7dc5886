package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Records by the time in one date-time field: built for a field the first time it is looked up, then kept current by
 * every {@link StoredRecord#put}. A connector reads an object's changes with {@code WHERE SystemModstamp > t ...}
 * every second, and reading every record of a 100,000-Lead org for each of those polls was most of the Salesforce
 * emulator's time in a benchmark. Callers still check each candidate (type, deletion, the query's filter); the index
 * only narrows. Guarded by the {@link Org}'s lock.
 */
final class FieldTimeIndex {

    private final Map<String, NavigableMap<Instant, Set<StoredRecord>>> byField = new HashMap<>();

    /** Records of {@code type} whose {@code field} holds a time at or after {@code from}, in no particular order. */
    List<StoredRecord> atOrAfter(ObjectSchema type, String field, Instant from, Collection<StoredRecord> all) {
        NavigableMap<Instant, Set<StoredRecord>> index = byField.computeIfAbsent(key(type.name(), field), ignored -> {
            NavigableMap<Instant, Set<StoredRecord>> built = new TreeMap<>();
            all.stream().filter(record -> record.schema().name().equals(type.name()))
                    .forEach(record -> time(record.get(field)).ifPresent(at -> add(built, at, record)));
            return built;
        });
        List<StoredRecord> found = new ArrayList<>();
        index.tailMap(from, true).values().forEach(found::addAll);
        return found;
    }

    void changed(StoredRecord record, String field, String before, String after) {
        NavigableMap<Instant, Set<StoredRecord>> index = byField.get(key(record.schema().name(), field));
        if (index == null) {
            return;
        }
        time(before).ifPresent(at -> {
            Set<StoredRecord> holders = index.get(at);
            if (holders != null) {
                holders.remove(record);
                if (holders.isEmpty()) {
                    index.remove(at);
                }
            }
        });
        time(after).ifPresent(at -> add(index, at, record));
    }

    private static Optional<Instant> time(String value) {
        return value == null ? Optional.empty() : WireValues.parseDateTime(value);
    }

    private static void add(NavigableMap<Instant, Set<StoredRecord>> index, Instant at, StoredRecord record) {
        index.computeIfAbsent(at, ignored -> new LinkedHashSet<>()).add(record);
    }

    private static String key(String type, String field) {
        return type + '.' + field;
    }
}
