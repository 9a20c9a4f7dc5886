package io.leadbridge.sandbox.salesforce.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records by the value of one field, compared as {@link String#equalsIgnoreCase} compares: built for a field the
 * first time it is looked up, then kept current by every {@link StoredRecord#put}. Upserts by external id and unique
 * checks used to read every record of the org, which made a 50,000-Lead backfill quadratic in the emulator. Callers
 * still check each candidate (type, deletion, value); the index only narrows. Guarded by the {@link Org}'s lock.
 */
final class FieldValueIndex {

    private final Map<String, Map<String, Set<StoredRecord>>> byField = new HashMap<>();

    /** Records of {@code type} whose {@code field} may equal {@code value} ignoring case. */
    Set<StoredRecord> candidates(ObjectSchema type, String field, String value, Collection<StoredRecord> all) {
        Map<String, Set<StoredRecord>> index = byField.computeIfAbsent(key(type.name(), field), ignored -> {
            Map<String, Set<StoredRecord>> built = new HashMap<>();
            all.stream().filter(record -> record.schema().name().equals(type.name()) && record.get(field) != null)
                    .forEach(record -> add(built, record.get(field), record));
            return built;
        });
        return index.getOrDefault(fold(value), Set.of());
    }

    void changed(StoredRecord record, String field, String before, String after) {
        Map<String, Set<StoredRecord>> index = byField.get(key(record.schema().name(), field));
        if (index == null) {
            return;
        }
        if (before != null) {
            Set<StoredRecord> holders = index.get(fold(before));
            if (holders != null) {
                holders.remove(record);
            }
        }
        if (after != null) {
            add(index, after, record);
        }
    }

    private static void add(Map<String, Set<StoredRecord>> index, String value, StoredRecord record) {
        index.computeIfAbsent(fold(value), ignored -> new LinkedHashSet<>()).add(record);
    }

    private static String key(String type, String field) {
        return type + '.' + field;
    }

    /**
     * Two strings fold alike exactly when {@code equalsIgnoreCase} (and {@code String.CASE_INSENSITIVE_ORDER}) call
     * them equal: code point by code point, upper then lower case, so a letter outside the BMP folds as one.
     */
    private static String fold(String value) {
        StringBuilder folded = new StringBuilder(value.length());
        value.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }
}
