package io.leadbridge.core.company;

import io.leadbridge.core.sync.FieldMappingEntry;
import io.leadbridge.core.sync.FieldOwnership;
import java.util.Objects;
import java.util.Optional;

/**
 * How one company field maps to each CRM (HubSpot company property, Salesforce Account field) and who owns it,
 * under the same ownership rules as people.
 */
public record CompanyFieldMapping(CompanyField field, Optional<String> hubspotProperty,
                                  Optional<String> salesforceField, FieldOwnership ownership)
        implements FieldMappingEntry {

    public CompanyFieldMapping {
        Objects.requireNonNull(field, "field");
        hubspotProperty = FieldMappingEntry.configuredName(hubspotProperty, "hubspotProperty");
        salesforceField = FieldMappingEntry.configuredName(salesforceField, "salesforceField");
        Objects.requireNonNull(ownership, "ownership");
    }

    @Override
    public String fieldKey() {
        return field.key();
    }
}
