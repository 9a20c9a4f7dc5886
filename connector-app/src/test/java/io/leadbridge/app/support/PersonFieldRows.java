package io.leadbridge.app.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A person-field table for a test, as the {@code connector.sync.person-fields} properties that replace the default. */
public final class PersonFieldRows {

    private PersonFieldRows() {
    }

    /** @param rows field, HubSpot property, Salesforce field ({@code null}: not mapped there), ownership */
    public static Map<String, String> asProperties(List<String[]> rows) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String at = "connector.sync.person-fields[" + i + "].";
            properties.put(at + "field", row[0]);
            properties.put(at + "hubspot", row[1]);
            if (row[2] != null) {
                properties.put(at + "salesforce", row[2]);
            }
            properties.put(at + "ownership", row[3]);
        }
        return properties;
    }
}
