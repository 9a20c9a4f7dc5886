package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
        List<String> problems = new ArrayList<>();
        Map<PersonField, PersonFieldMapping> byField = new EnumMap<>(PersonField.class);
        Map<String, Integer> hubspotNames = new HashMap<>();
        Map<String, Integer> salesforceNames = new HashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            PersonFieldMapping m = mappings.get(i);
            int index = i;
            String at = path + "[" + i + "]";
            if (byField.putIfAbsent(m.field(), m) != null) {
                problems.add(at + ".field: " + m.field().key() + " is mapped twice");
            }
            if (m.hubspotProperty().isEmpty() && m.salesforceField().isEmpty()) {
                problems.add(at + ": " + m.field().key() + " names neither a HubSpot property nor a Salesforce field");
            }
            m.hubspotProperty().ifPresent(name -> duplicateTarget(problems, hubspotNames, name, index, at + ".hubspot"));
            m.salesforceField().ifPresent(name -> duplicateTarget(problems, salesforceNames, name, index, at + ".salesforce"));
            m.ownership().always().ifPresent(owner -> {
                if (m.nameIn(owner).isEmpty()) {
                    problems.add(at + ".ownership: " + m.ownership().key() + " but no " + owner + " field is mapped");
                }
            });
        }
        if (!byField.containsKey(PersonField.EMAIL)) {
            problems.add(path + ": email must be mapped; people are matched across CRMs by email");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new FieldMappings(byField);
    }

    private static void duplicateTarget(List<String> problems, Map<String, Integer> seen, String name, int index,
                                        String at) {
        Integer first = seen.putIfAbsent(name, index);
        if (first != null) {
            problems.add(at + ": " + name + " is already mapped by entry " + first);
        }
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
