package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the partner {@code Contact} sObject that updates a known Contact for one {@link PersonWrite}.
 *
 * <p>The mapping table names Lead fields; a Contact has the person fields of a Lead under the same names, except
 * the address ({@code City}, {@code Country} become {@code MailingCity}, {@code MailingCountry}). Lead fields a
 * Contact has no counterpart for ({@code Company}, {@code Website}, {@code Industry}, {@code Status} and custom
 * fields) are left out: on a Contact they belong to its Account or do not exist. {@code LastName} is required and
 * never cleared: a blank value is sent as {@value LeadRecordMapper#NOT_PROVIDED}. A Contact is never created here.
 */
public final class ContactRecordMapper {

    public static final String CONTACT = "Contact";

    /** Lead field (lower-cased) → Contact field, for every Lead person field a Contact also holds. */
    private static final Map<String, String> CONTACT_NAMES = Map.ofEntries(
            Map.entry("email", "Email"), Map.entry("firstname", "FirstName"), Map.entry("lastname", "LastName"),
            Map.entry("phone", "Phone"), Map.entry("mobilephone", "MobilePhone"), Map.entry("title", "Title"),
            Map.entry("leadsource", "LeadSource"), Map.entry("description", "Description"),
            Map.entry("city", "MailingCity"), Map.entry("country", "MailingCountry"),
            Map.entry("hasoptedoutofemail", "HasOptedOutOfEmail"), Map.entry("donotcall", "DoNotCall"));
    private static final String LAST_NAME = "LastName";

    private final Map<PersonField, String> leadNames;

    public ContactRecordMapper(FieldMappings mappings) {
        this.leadNames = Map.copyOf(mappings.namesIn(CrmSystem.SALESFORCE));
    }

    /** @param write a write whose target is a Salesforce Contact */
    public SObject toContact(PersonWrite write) {
        Objects.requireNonNull(write, "write");
        String id = write.target().filter(t -> CONTACT.equals(t.objectType()))
                .orElseThrow(() -> new IllegalArgumentException("not a write to a known Contact: " + write.target()))
                .id();
        SObject contact = new SObject(CONTACT);
        contact.setId(id);
        List<String> fieldsToNull = new ArrayList<>();
        write.changes().forEach((field, value) -> {
            String leadName = leadNames.get(field);
            String name = leadName == null ? null : CONTACT_NAMES.get(leadName.toLowerCase(Locale.ROOT));
            if (name == null) {
                return;
            }
            boolean blank = value == null || value.isBlank();
            if (LAST_NAME.equals(name)) {
                contact.setField(name, blank ? LeadRecordMapper.NOT_PROVIDED : value);
            } else if (blank) {
                fieldsToNull.add(name);
            } else {
                contact.setField(name, value);
            }
        });
        if (!fieldsToNull.isEmpty()) {
            contact.setFieldsToNull(fieldsToNull.toArray(new String[0]));
        }
        return contact;
    }
}
