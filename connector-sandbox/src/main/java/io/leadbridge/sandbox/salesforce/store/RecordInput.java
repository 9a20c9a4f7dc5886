package io.leadbridge.sandbox.salesforce.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record as a client sent it: its type, the field values as wire text (a {@code null} value means the
 * element was sent as nil), and the {@code fieldsToNull}. {@code Id} is one of the values.
 */
public record RecordInput(String type, Map<String, String> values, List<String> fieldsToNull) {

    public RecordInput {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        fieldsToNull = List.copyOf(fieldsToNull);
    }

    public RecordInput(String type, Map<String, String> values) {
        this(type, values, List.of());
    }

    /** The value of a field, matched case-insensitively, or {@code null}. */
    public String value(String field) {
        return values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(field)).map(Map.Entry::getValue)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
