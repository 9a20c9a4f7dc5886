package io.leadbridge.salesforce.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Contact holds the person fields the mapping table names on the Lead: under the same names, except the
 * address ({@code City}, {@code Country} become {@code MailingCity}, {@code MailingCountry}). Lead fields a Contact
 * has no counterpart for ({@code Company}, {@code Website}, {@code Industry}, {@code Status}, custom fields) have
 * none: on a Contact they belong to its Account or do not exist.
 */
final class ContactFields {

    /** Lead field (lower-cased) → Contact field, for every Lead person field a Contact also holds. */
    private static final Map<String, String> CONTACT_NAMES = Map.ofEntries(
            Map.entry("email", "Email"), Map.entry("firstname", "FirstName"), Map.entry("lastname", "LastName"),
            Map.entry("phone", "Phone"), Map.entry("mobilephone", "MobilePhone"), Map.entry("title", "Title"),
            Map.entry("leadsource", "LeadSource"), Map.entry("description", "Description"),
            Map.entry("city", "MailingCity"), Map.entry("country", "MailingCountry"),
            Map.entry("hasoptedoutofemail", "HasOptedOutOfEmail"), Map.entry("donotcall", "DoNotCall"),
            Map.entry("ownerid", "OwnerId"));

    private ContactFields() {
    }

    /** Canonical field → Contact field, for the mapped fields a Contact holds. */
    static Map<PersonField, String> namesIn(FieldMappings mappings) {
        Map<PersonField, String> names = new EnumMap<>(PersonField.class);
        mappings.namesIn(CrmSystem.SALESFORCE).forEach((field, leadName) -> contactName(leadName)
                .ifPresent(name -> names.put(field, name)));
        return names;
    }

    private static Optional<String> contactName(String leadName) {
        return Optional.ofNullable(CONTACT_NAMES.get(leadName.toLowerCase(Locale.ROOT)));
    }
}
