package io.leadbridge.proof.state;

import java.util.List;
import java.util.Map;

/**
 * One record a workload created, as its user did: its natural key (a person's e-mail, a company's domain), the CRM
 * and id it was created with, and the values its last edit left (under HubSpot names).
 */
record Created(String key, boolean fromHubSpot, String originId, Map<String, String> values) {

    /** Adds to {@code stale} every value {@code actual} (one CRM's record, under HubSpot names) does not hold. */
    void compareValues(String side, Map<String, String> actual, List<String> stale) {
        for (Map.Entry<String, String> field : values.entrySet()) {
            String value = actual.get(field.getKey());
            if (!field.getValue().equals(value)) {
                stale.add(side + " " + key + " " + field.getKey() + "='" + value + "', expected '" + field.getValue()
                        + "'");
            }
        }
    }
}
