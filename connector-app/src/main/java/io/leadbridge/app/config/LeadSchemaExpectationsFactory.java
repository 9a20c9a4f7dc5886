package io.leadbridge.app.config;

import io.leadbridge.salesforce.LeadSchemaExpectations;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.sync.StatusRules;
import java.util.List;
import java.util.Optional;

/**
 * What the configuration expects of the org's Lead object, with the path of each key, so that the start-up
 * check names the exact entry to fix.
 */
public final class LeadSchemaExpectationsFactory {

    private LeadSchemaExpectationsFactory() {
    }

    public static LeadSchemaExpectations from(ConnectorProperties properties) {
        return from(properties, Optional.empty());
    }

    /**
     * @param rulesStatuses the rules file's {@code statuses} table, which replaces
     *                      {@code connector.sync.status-mappings} when present
     */
    public static LeadSchemaExpectations from(ConnectorProperties properties, Optional<StatusMappings> rulesStatuses) {
        LeadSchemaExpectations expectations = new LeadSchemaExpectations()
                .externalIdField("connector.salesforce.hubspot-id-field", properties.salesforce().hubspotIdField());
        List<ConnectorProperties.PersonFieldEntry> fields = orEmpty(properties.sync().personFields());
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).salesforce();
            if (name != null && !name.isBlank()) {
                expectations.field("connector.sync.person-fields[" + i + "].salesforce", name.strip());
            }
        }
        if (rulesStatuses.isPresent()) {
            List<StatusMapping> rows = rulesStatuses.get().all();
            for (int i = 0; i < rows.size(); i++) {
                int row = i;
                rows.get(i).salesforceLeadStatus().ifPresent(value ->
                        expectations.status(StatusRules.SECTION + "[" + row + "].salesforce-lead-status", value));
            }
            return expectations;
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
