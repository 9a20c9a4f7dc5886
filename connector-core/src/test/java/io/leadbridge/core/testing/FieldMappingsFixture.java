package io.leadbridge.core.testing;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import java.util.List;
import java.util.Optional;

/**
 * Field mapping tables for tests. {@link #standard()} is the usual SDR setup:
 * <pre>
 *   field      HubSpot    Salesforce  ownership
 *   email      email      Email       two-way-newest-wins
 *   firstName  firstname  FirstName   two-way-newest-wins
 *   lastName   lastname   LastName    two-way-newest-wins
 *   phone      phone      Phone       prefer-salesforce-unless-blank  (SDRs fix numbers in Salesforce)
 *   title      jobtitle   Title       always-hubspot                  (forms and enrichment own it)
 *   company    company    Company     prefer-hubspot-unless-blank
 * </pre>
 */
public final class FieldMappingsFixture {

    public static final String PATH = "sync.person-fields";

    private FieldMappingsFixture() {
    }

    public static FieldMappings standard() {
        return FieldMappings.validate(PATH, standardEntries());
    }

    public static List<PersonFieldMapping> standardEntries() {
        return List.of(
                mapping(PersonField.EMAIL, "email", "Email", FieldOwnership.TWO_WAY_NEWEST_WINS),
                mapping(PersonField.FIRST_NAME, "firstname", "FirstName", FieldOwnership.TWO_WAY_NEWEST_WINS),
                mapping(PersonField.LAST_NAME, "lastname", "LastName", FieldOwnership.TWO_WAY_NEWEST_WINS),
                mapping(PersonField.PHONE, "phone", "Phone", FieldOwnership.PREFER_SALESFORCE_UNLESS_BLANK),
                mapping(PersonField.TITLE, "jobtitle", "Title", FieldOwnership.ALWAYS_HUBSPOT),
                mapping(PersonField.COMPANY, "company", "Company", FieldOwnership.PREFER_HUBSPOT_UNLESS_BLANK));
    }

    /** The standard table with every field made {@code ownership}. */
    public static FieldMappings allWith(FieldOwnership ownership) {
        return FieldMappings.validate(PATH, standardEntries().stream()
                .map(m -> new PersonFieldMapping(m.field(), m.hubspotProperty(), m.salesforceField(), ownership))
                .toList());
    }

    /** One mapping; a {@code null} or blank name leaves that side unmapped. */
    public static PersonFieldMapping mapping(PersonField field, String hubspotProperty, String salesforceField,
                                             FieldOwnership ownership) {
        return new PersonFieldMapping(field, Optional.ofNullable(hubspotProperty), Optional.ofNullable(salesforceField),
                ownership);
    }
}
