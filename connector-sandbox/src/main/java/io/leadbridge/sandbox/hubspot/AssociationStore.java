package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Association type ids between pairs of records, kept in both directions. Not thread-safe: guarded by Portal. */
final class AssociationStore {

    record End(ObjectType type, long id) {
    }

    private record Pair(End from, End to) {
    }

    private final Map<Pair, Set<Integer>> types = new LinkedHashMap<>();

    /** Adds a type and its reverse; returns false when the pair already had it. */
    boolean add(End from, End to, AssociationTypes.Type type) {
        boolean added = types.computeIfAbsent(new Pair(from, to), p -> new LinkedHashSet<>()).add(type.id());
        types.computeIfAbsent(new Pair(to, from), p -> new LinkedHashSet<>()).add(type.reverseId());
        return added;
    }

    /** Removes every type between the pair, in both directions. */
    void removeAll(End from, End to) {
        types.remove(new Pair(from, to));
        types.remove(new Pair(to, from));
    }

    /** Removes one type and its reverse. */
    void remove(End from, End to, AssociationTypes.Type type) {
        removeType(new Pair(from, to), type.id());
        removeType(new Pair(to, from), type.reverseId());
    }

    private void removeType(Pair pair, int id) {
        Set<Integer> set = types.get(pair);
        if (set != null) {
            set.remove(id);
            if (set.isEmpty()) {
                types.remove(pair);
            }
        }
    }

    /** Removes every association of a record (when it is archived). */
    void removeRecord(End record) {
        types.keySet().removeIf(pair -> pair.from().equals(record) || pair.to().equals(record));
    }

    /** The records of {@code toType} associated with {@code from}, in association order, with their type ids. */
    Map<Long, List<Integer>> associated(End from, ObjectType toType) {
        Map<Long, List<Integer>> result = new LinkedHashMap<>();
        types.forEach((pair, ids) -> {
            if (pair.from().equals(from) && pair.to().type() == toType) {
                result.put(pair.to().id(), new ArrayList<>(ids));
            }
        });
        return result;
    }

    boolean exists(End from, End to) {
        return types.containsKey(new Pair(from, to));
    }
}
