package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full person-field mapping table. Built only through {@link #validate}, which reports every
 * problem at once with the index of the offending entry.
 */
public final class FieldMappings {

    private final Map<PersonField, PersonFieldMapping> byField;

    private FieldMappings(Map<PersonField, PersonFieldMapping> byField) {
        this.byField = byField;
    }

    /**
     * Checks a table and returns it, or throws with every problem found.
     *
     * @param path where the table sits in the configuration, used as the prefix of each problem
     * @throws InvalidConfigurationException listing each problem as {@code path[i].key: message}
     */
    public static FieldMappings validate(String path, List<PersonFieldMapping> mappings) {
        List<String> problems = FieldMappingEntry.problems(path, mappings);
        Map<PersonField, PersonFieldMapping> byField = new EnumMap<>(PersonField.class);
        mappings.forEach(m -> byField.putIfAbsent(m.field(), m));
        if (!byField.containsKey(PersonField.EMAIL)) {
            problems.add(path + ": email must be mapped; people are matched across CRMs by email");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new FieldMappings(byField);
    }

    public List<PersonFieldMapping> all() {
        return List.copyOf(byField.values());
    }

    public Optional<PersonFieldMapping> forField(PersonField field) {
        return Optional.ofNullable(byField.get(field));
    }

    /** Canonical field → CRM field name, for the fields mapped in {@code system}. */
    public Map<PersonField, String> namesIn(CrmSystem system) {
        Map<PersonField, String> names = new EnumMap<>(PersonField.class);
        byField.values().forEach(m -> m.nameIn(system).ifPresent(name -> names.put(m.field(), name)));
        return names;
    }
}
