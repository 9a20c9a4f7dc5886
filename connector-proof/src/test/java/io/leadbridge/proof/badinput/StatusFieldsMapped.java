package io.leadbridge.proof.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code connector.sync.person-fields}: the shipped table plus the two funnel-status fields, so that status moves
 * are written through the status table (a list property is replaced whole, so every row is repeated here).
 */
final class StatusFieldsMapped {

    private static final List<String[]> ROWS = List.of(
            new String[] {"email", "email", "Email", "always-hubspot"},
            new String[] {"firstName", "firstname", "FirstName", "two-way-newest-wins"},
            new String[] {"lastName", "lastname", "LastName", "two-way-newest-wins"},
            new String[] {"phone", "phone", "Phone", "prefer-hubspot-unless-blank"},
            new String[] {"title", "jobtitle", "Title", "two-way-newest-wins"},
            new String[] {"company", "company", "Company", "two-way-newest-wins"},
            new String[] {"website", "website", "Website", "prefer-hubspot-unless-blank"},
            new String[] {"country", "country", "Country", "prefer-hubspot-unless-blank"},
            new String[] {"city", "city", "City", "prefer-hubspot-unless-blank"},
            new String[] {"lifecycleStage", "lifecyclestage", null, "two-way-newest-wins"},
            new String[] {"leadStatus", "hs_lead_status", "Status", "two-way-newest-wins"});

    private StatusFieldsMapped() {
    }

    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < ROWS.size(); i++) {
            String[] row = ROWS.get(i);
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
