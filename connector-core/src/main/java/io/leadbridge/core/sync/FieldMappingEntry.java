package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a field-mapping table (people or companies): a canonical field, its name in each CRM, and who owns
 * it. {@link #problems} checks the rules every such table shares.
 */
public interface FieldMappingEntry {

    /** The canonical field's configuration key, e.g. {@code firstName}. */
    String fieldKey();

    /** The HubSpot internal property name; empty when the field is not mapped in HubSpot. */
    Optional<String> hubspotProperty();

    /** The Salesforce field API name; empty when the field is not mapped in Salesforce. */
    Optional<String> salesforceField();

    FieldOwnership ownership();

    /** A CRM field name as configured: required as an Optional, empty when blank. */
    static Optional<String> configuredName(Optional<String> name, String parameter) {
        return Objects.requireNonNull(name, parameter).filter(s -> !s.isBlank());
    }

    default Optional<String> nameIn(CrmSystem system) {
        return system == CrmSystem.HUBSPOT ? hubspotProperty() : salesforceField();
    }

    /**
     * Every problem of a table, each as {@code path[i].key: message}: a field mapped twice, a row naming no CRM
     * field, a CRM field mapped by two rows, an always-X rule without an X field.
     */
    static List<String> problems(String path, List<? extends FieldMappingEntry> entries) {
        List<String> problems = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        Map<String, Integer> hubspotNames = new HashMap<>();
        Map<String, Integer> salesforceNames = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            FieldMappingEntry m = entries.get(i);
            int index = i;
            String at = path + "[" + i + "]";
            if (!fields.add(m.fieldKey())) {
                problems.add(at + ".field: " + m.fieldKey() + " is mapped twice");
            }
            if (m.hubspotProperty().isEmpty() && m.salesforceField().isEmpty()) {
                problems.add(at + ": " + m.fieldKey() + " names neither a HubSpot property nor a Salesforce field");
            }
            m.hubspotProperty().ifPresent(name -> duplicateTarget(problems, hubspotNames, name, index,
                    at + ".hubspot"));
            m.salesforceField().ifPresent(name -> duplicateTarget(problems, salesforceNames, name, index,
                    at + ".salesforce"));
            m.ownership().always().ifPresent(owner -> {
                if (m.nameIn(owner).isEmpty()) {
                    problems.add(at + ".ownership: " + m.ownership().key() + " but no " + owner + " field is mapped");
                }
            });
        }
        return problems;
    }

    private static void duplicateTarget(List<String> problems, Map<String, Integer> seen, String name, int index,
                                        String at) {
        Integer first = seen.putIfAbsent(name, index);
        if (first != null) {
            problems.add(at + ": " + name + " is already mapped by entry " + first);
        }
    }
}
