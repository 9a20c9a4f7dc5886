package io.leadbridge.salesforce.support;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.PersonWrite;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Field mappings and person writes shaped like the first slice: HubSpot contact to Salesforce Lead. */
public final class LeadWrites {

    public static final String HUBSPOT_ID_FIELD = "HubSpot_Id__c";

    private LeadWrites() {
    }

    public static FieldMappings mappings() {
        return FieldMappings.validate("connector.mappings", List.of(
                mapping(PersonField.EMAIL, "email", "Email"),
                mapping(PersonField.FIRST_NAME, "firstname", "FirstName"),
                mapping(PersonField.LAST_NAME, "lastname", "LastName"),
                mapping(PersonField.COMPANY, "company", "Company"),
                mapping(PersonField.PHONE, "phone", "Phone"),
                mapping(PersonField.TITLE, "jobtitle", "Title"),
                new PersonFieldMapping(PersonField.LIFECYCLE_STAGE, Optional.of("lifecyclestage"), Optional.empty(),
                        FieldOwnership.ALWAYS_HUBSPOT)));
    }

    /** A write of HubSpot contact {@code hubspotId} that Salesforce has not seen yet. */
    public static PersonWrite newLead(String hubspotId, Map<PersonField, String> changes) {
        return new PersonWrite(PersonId.newId(), contact(hubspotId), Optional.empty(), changes, "key-" + hubspotId);
    }

    /** A write of HubSpot contact {@code hubspotId} already linked to Salesforce Lead {@code leadId}. */
    public static PersonWrite knownLead(String hubspotId, String leadId, Map<PersonField, String> changes) {
        return new PersonWrite(PersonId.newId(), contact(hubspotId),
                Optional.of(new ExternalRef(CrmSystem.SALESFORCE, "Lead", leadId)), changes, "key-" + hubspotId);
    }

    public static ExternalRef contact(String hubspotId) {
        return new ExternalRef(CrmSystem.HUBSPOT, "contact", hubspotId);
    }

    /** A two-way-newest-wins mapping of {@code field}. */
    public static PersonFieldMapping mapping(PersonField field, String hubspot, String salesforce) {
        return new PersonFieldMapping(field, Optional.of(hubspot), Optional.of(salesforce),
                FieldOwnership.TWO_WAY_NEWEST_WINS);
    }
}
