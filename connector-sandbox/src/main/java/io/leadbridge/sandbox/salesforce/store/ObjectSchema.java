package io.leadbridge.sandbox.salesforce.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One emulated sObject type: its name, 3-character key prefix and fields (looked up case-insensitively). */
public final class ObjectSchema {

    private final String name;
    private final String label;
    private final String keyPrefix;
    private final boolean createable;
    private final Map<String, FieldSchema> fields = new LinkedHashMap<>();

    ObjectSchema(String name, String label, String keyPrefix, boolean createable, List<FieldSchema> fieldList) {
        this.name = name;
        this.label = label;
        this.keyPrefix = keyPrefix;
        this.createable = createable;
        fieldList.forEach(field -> fields.put(field.name().toLowerCase(Locale.ROOT), field));
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** Whether records of this type can be written through the API ({@code LeadStatus} is read-only). */
    public boolean createable() {
        return createable;
    }

    public Optional<FieldSchema> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    public Collection<FieldSchema> fields() {
        return Collections.unmodifiableCollection(fields.values());
    }

    public List<FieldSchema> externalIdFields() {
        List<FieldSchema> result = new ArrayList<>();
        fields.values().stream().filter(FieldSchema::externalId).forEach(result::add);
        return result;
    }

}
