package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the partner {@code Contact} sObject that updates a known Contact for one {@link PersonWrite}.
 *
 * <p>The mapping table names Lead fields; each goes to its Contact counterpart ({@link ContactFields}), and Lead
 * fields a Contact has no counterpart for are left out. {@code LastName} is required and never cleared: a blank value is sent as {@value LeadRecordMapper#NOT_PROVIDED}. The owner is written as the
 * {@code OwnerId} of the User with its email ({@link OwnerUsers}). A Contact is never created here.
 */
public final class ContactRecordMapper {

    public static final String CONTACT = "Contact";

    private static final String LAST_NAME = "LastName";

    private final Map<PersonField, String> contactNames;
    private final OwnerUsers owners;

    /** Without owners: a mapped {@code ownerEmail} is not written. */
    public ContactRecordMapper(FieldMappings mappings) {
        this(mappings, Optional.empty());
    }

    /** @param owners Salesforce's active Users, by email */
    public ContactRecordMapper(FieldMappings mappings, Optional<OwnerDirectory> owners) {
        this.contactNames = Map.copyOf(ContactFields.namesIn(mappings));
        this.owners = new OwnerUsers(owners);
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
            String name = contactNames.get(field);
            if (name == null) {
                return;
            }
            boolean blank = value == null || value.isBlank();
            if (field == PersonField.OWNER_EMAIL) {
                owners.userIdOf(value).ifPresent(userId -> contact.setField(OwnerUsers.OWNER_ID, userId));
            } else if (LAST_NAME.equals(name)) {
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
