package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
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
 * Builds the partner {@code Lead} sObject for one {@link PersonWrite}, keyed for upsert on the HubSpot id.
 *
 * <p>Each change goes to the Salesforce field the mapping names: a value is set, {@code ""} clears the field
 * through {@code fieldsToNull}. {@code LastName} and {@code Company} are required on a Lead and are never
 * cleared: a blank value is sent as {@value #NOT_PROVIDED} (HubSpot's own integration does the same), and
 * when the write has no Salesforce target yet, so that the upsert will probably create the Lead, an absent
 * one is sent as {@value #NOT_PROVIDED} too. Absent fields of a known Lead are left alone. The owner
 * ({@code ownerEmail}) is written as the {@code OwnerId} of the User with that email ({@link OwnerUsers}), never
 * cleared.
 */
public final class LeadRecordMapper {

    public static final String LEAD = "Lead";
    public static final String NOT_PROVIDED = "[not provided]";
    private static final List<String> REQUIRED_FIELDS = List.of("LastName", "Company");

    private final Map<PersonField, String> salesforceNames;
    private final String externalIdField;
    private final OwnerUsers owners;

    /** Without owners: a mapped {@code ownerEmail} is not written. */
    public LeadRecordMapper(FieldMappings mappings, String externalIdField) {
        this(mappings, externalIdField, Optional.empty());
    }

    /** @param owners Salesforce's active Users, by email */
    public LeadRecordMapper(FieldMappings mappings, String externalIdField, Optional<OwnerDirectory> owners) {
        this.owners = new OwnerUsers(owners);
        this.salesforceNames = Map.copyOf(mappings.namesIn(CrmSystem.SALESFORCE));
        if (externalIdField == null || externalIdField.isBlank()) {
            throw new IllegalArgumentException("externalIdField must not be blank");
        }
        this.externalIdField = externalIdField;
    }

    public String externalIdField() {
        return externalIdField;
    }

    public SObject toLead(PersonWrite write) {
        Objects.requireNonNull(write, "write");
        SObject lead = new SObject(LEAD);
        List<String> fieldsToNull = new ArrayList<>();
        List<String> requiredSent = new ArrayList<>();
        write.changes().forEach((field, value) -> {
            String name = salesforceNames.get(field);
            if (name == null || name.equalsIgnoreCase(externalIdField)) {
                return;
            }
            if (field == PersonField.OWNER_EMAIL) {
                owners.userIdOf(value).ifPresent(id -> lead.setField(OwnerUsers.OWNER_ID, id));
            } else if (isRequired(name)) {
                lead.setField(name, value == null || value.isBlank() ? NOT_PROVIDED : value);
                requiredSent.add(name);
            } else if (value == null || value.isEmpty()) {
                fieldsToNull.add(name);
            } else {
                lead.setField(name, value);
            }
        });
        if (write.target().isEmpty()) {
            REQUIRED_FIELDS.stream()
                    .filter(required -> requiredSent.stream().noneMatch(required::equalsIgnoreCase))
                    .forEach(required -> lead.setField(required, NOT_PROVIDED));
        }
        lead.setField(externalIdField, write.source().id());
        if (!fieldsToNull.isEmpty()) {
            lead.setFieldsToNull(fieldsToNull.toArray(new String[0]));
        }
        return lead;
    }

    private static boolean isRequired(String name) {
        return REQUIRED_FIELDS.stream().anyMatch(name::equalsIgnoreCase);
    }
}
