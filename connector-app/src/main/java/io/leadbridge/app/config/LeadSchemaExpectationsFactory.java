package io.leadbridge.app.config;

import io.leadbridge.salesforce.LeadSchemaExpectations;
import java.util.List;

/**
 * What the configuration expects of the org's Lead object, with the path of each key, so that the start-up
 * check names the exact entry to fix.
 */
public final class LeadSchemaExpectationsFactory {

    private LeadSchemaExpectationsFactory() {
    }

    public static LeadSchemaExpectations from(ConnectorProperties properties) {
        LeadSchemaExpectations expectations = new LeadSchemaExpectations()
                .externalIdField("connector.salesforce.hubspot-id-field", properties.salesforce().hubspotIdField());
        List<ConnectorProperties.PersonFieldEntry> fields = orEmpty(properties.sync().personFields());
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).salesforce();
            if (name != null && !name.isBlank()) {
                expectations.field("connector.sync.person-fields[" + i + "].salesforce", name.strip());
            }
        }
        List<ConnectorProperties.StatusMappingEntry> statuses = orEmpty(properties.sync().statusMappings());
        for (int i = 0; i < statuses.size(); i++) {
            String value = statuses.get(i).salesforceLeadStatus();
            if (value != null && !value.isBlank()) {
                expectations.status("connector.sync.status-mappings[" + i + "].salesforce-lead-status", value.strip());
            }
        }
        return expectations;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
