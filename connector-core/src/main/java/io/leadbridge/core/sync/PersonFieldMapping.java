package io.leadbridge.core.sync;

import io.leadbridge.core.model.PersonField;
import java.util.Objects;
import java.util.Optional;

/**
 * How one canonical field maps to each CRM, and who owns it. Field names are the CRMs' API names
 * (HubSpot internal property names, Salesforce field API names), held as plain configuration text.
 *
 * @param hubspotProperty  empty when the field is not mapped in HubSpot
 * @param salesforceField  empty when the field is not mapped in Salesforce
 */
public record PersonFieldMapping(PersonField field, Optional<String> hubspotProperty,
                                 Optional<String> salesforceField, FieldOwnership ownership)
        implements FieldMappingEntry {

    public PersonFieldMapping {
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
