package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record in the emulated org: field values by their schema name; guarded by the {@link Org}'s lock. */
final class StoredRecord {

    private final ObjectSchema schema;
    private final FieldValueIndex index;
    private final FieldTimeIndex times;
    private final long sequence;
    private final Map<String, String> values = new LinkedHashMap<>();
    private Instant deletedAt;

    StoredRecord(ObjectSchema schema, FieldValueIndex index, FieldTimeIndex times, long sequence) {
        this.schema = schema;
        this.index = index;
        this.times = times;
        this.sequence = sequence;
    }

    /** The order records were created in, which is the org's insertion order. */
    long sequence() {
        return sequence;
    }

    ObjectSchema schema() {
        return schema;
    }

    String id() {
        return values.get("Id");
    }

    String get(String field) {
        return values.get(field);
    }

    /** The record's current values, read-only. */
    Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    void put(String field, String value) {
        String before = values.put(field, value);
        index.changed(this, field, before, value);
        times.changed(this, field, before, value);
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    void markDeleted(Instant at) {
        deletedAt = at;
        values.put("IsDeleted", "true");
    }

    /** A copy with every field of the schema, {@code null} for unset ones. */
    Map<String, String> snapshot() {
        Map<String, String> copy = new LinkedHashMap<>();
        schema.fields().forEach(field -> copy.put(field.name(), values.get(field.name())));
        return copy;
    }
}
