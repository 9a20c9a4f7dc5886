package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyFieldMapping;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.owner.OwnerDirectory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A company write as a Salesforce {@code Account}: each mapped field set, a cleared one listed in
 * {@code fieldsToNull}. {@code Name} is required, so a cleared name is sent as {@value LeadRecordMapper#NOT_PROVIDED};
 * an Account always has an owner, so only a known user's email is written, as its {@code OwnerId}.
 */
public final class AccountRecordMapper {

    public static final String ACCOUNT = "Account";

    private final Map<CompanyField, String> fieldByCanonical = new EnumMap<>(CompanyField.class);
    private final OwnerDirectory owners;

    /** @param owners Salesforce's active users: {@code ownerEmail} is written as the {@code OwnerId} of that user */
    public AccountRecordMapper(CompanyFieldMappings mappings, OwnerDirectory owners) {
        this.owners = Objects.requireNonNull(owners, "owners");
        for (CompanyFieldMapping mapping : mappings.all()) {
            mapping.salesforceField().ifPresent(name -> fieldByCanonical.put(mapping.field(), name));
        }
    }

    public SObject toAccount(CompanyWrite write) {
        SObject account = new SObject(ACCOUNT);
        write.target().ifPresent(target -> {
            if (target.system() != CrmSystem.SALESFORCE || !ACCOUNT.equals(target.objectType())) {
                throw new IllegalArgumentException("this mapper writes Salesforce Accounts, but the target is " + target);
            }
            account.setId(target.id());
        });
        List<String> fieldsToNull = new ArrayList<>();
        write.changes().forEach((field, value) -> {
            String name = fieldByCanonical.get(field);
            if (name == null) {
                return;
            }
            if (field == CompanyField.OWNER_EMAIL) {
                owners.idOf(value).ifPresent(id -> account.setField(name, id));
            } else if (field == CompanyField.NAME && value.isBlank()) {
                account.setField(name, LeadRecordMapper.NOT_PROVIDED);
            } else if (value.isBlank()) {
                fieldsToNull.add(name);
            } else {
                account.setField(name, value);
            }
        });
        if (!fieldsToNull.isEmpty()) {
            account.setFieldsToNull(fieldsToNull.toArray(new String[0]));
        }
        return account;
    }

    public static ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, ACCOUNT, id);
    }
}
