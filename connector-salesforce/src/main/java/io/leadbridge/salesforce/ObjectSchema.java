package io.leadbridge.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An sObject's fields as {@code describeSObject} reports them in one org. Field names match case-insensitively. */
public record ObjectSchema(String name, List<FieldSchema> fields) {

    public ObjectSchema {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    public Optional<FieldSchema> field(String fieldName) {
        return Optional.ofNullable(byLowerCaseName().get(fieldName.toLowerCase(Locale.ROOT)));
    }

    private Map<String, FieldSchema> byLowerCaseName() {
        Map<String, FieldSchema> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name().toLowerCase(Locale.ROOT), f));
        return map;
    }
}
