package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns queried Leads (or, from {@link #forContacts}, Contacts) into change events in canonical fields. Every field
 * the mapping table names in Salesforce is read (on a Contact, its counterpart: {@link ContactFields}); the owner is
 * read by email through the {@code Owner.Email} relationship (owners are matched across CRMs by email), whatever
 * the table names for {@code ownerEmail}, and normalised like every owner email, so that the echo of an owner
 * Leadbridge wrote is recognised whatever case the User's email has.
 */
public final class LeadChangeMapper {

    public static final String OWNER_EMAIL = "Owner.Email";

    private final Map<PersonField, String> salesforceNames;
    private final String objectType;

    public LeadChangeMapper(FieldMappings mappings) {
        this(mappings.namesIn(CrmSystem.SALESFORCE), LeadRecordMapper.LEAD);
    }

    private LeadChangeMapper(Map<PersonField, String> fieldNames, String objectType) {
        Map<PersonField, String> names = new EnumMap<>(PersonField.class);
        names.putAll(fieldNames);
        names.put(PersonField.OWNER_EMAIL, OWNER_EMAIL);
        this.salesforceNames = Map.copyOf(names);
        this.objectType = objectType;
    }

    /** The mapper of Contact changes: the mapped fields a Contact holds, under their Contact names. */
    public static LeadChangeMapper forContacts(FieldMappings mappings) {
        return new LeadChangeMapper(ContactFields.namesIn(mappings), ContactRecordMapper.CONTACT);
    }

    /** {@code Lead} or {@code Contact}. */
    public String objectType() {
        return objectType;
    }

    /** The fields to select besides Id and SystemModstamp. */
    public List<String> selectFields() {
        List<String> fields = new ArrayList<>();
        new EnumMap<>(salesforceNames).values().forEach(name -> {
            if (!fields.contains(name) && !ChangeQuery.ID.equals(name) && !ChangeQuery.SYSTEM_MODSTAMP.equals(name)) {
                fields.add(name);
            }
        });
        return fields;
    }

    public ChangeEvent toUpsert(StreamId stream, SObject lead) {
        return toUpsert(stream, lead.getId(), SObjectValues.instant(lead, ChangeQuery.SYSTEM_MODSTAMP),
                name -> SObjectValues.text(lead, name));
    }

    /** A Bulk API CSV row: columns named like the selected fields, an empty value meaning none. */
    public ChangeEvent toUpsert(StreamId stream, Map<String, String> row) {
        String id = row.get(ChangeQuery.ID);
        String modstamp = row.get(ChangeQuery.SYSTEM_MODSTAMP);
        if (id == null || id.isBlank() || modstamp == null || modstamp.isBlank()) {
            throw new IllegalStateException("a Bulk API row without Id or SystemModstamp");
        }
        return toUpsert(stream, id, Instant.parse(modstamp),
                name -> Optional.ofNullable(row.get(name)).filter(v -> !v.isBlank()));
    }

    /**
     * A Lead read by id because a notification named it: its current version outside any stream. Its dedup key
     * equals the polled change of the same version, so the inbox stores that version once.
     */
    public ChangeEvent toUnstreamedUpsert(SObject lead) {
        return new ChangeEvent(new ExternalRef(CrmSystem.SALESFORCE, objectType, lead.getId()), ChangeKind.UPSERT,
                SObjectValues.instant(lead, ChangeQuery.SYSTEM_MODSTAMP), Optional.of(person(name -> SObjectValues
                        .text(lead, name))), Optional.empty());
    }

    private ChangeEvent toUpsert(StreamId stream, String id, Instant modifiedAt,
                                 Function<String, Optional<String>> value) {
        return ChangeEvent.polled(stream, new ExternalRef(CrmSystem.SALESFORCE, objectType, id), modifiedAt,
                person(value));
    }

    private Person person(Function<String, Optional<String>> value) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        salesforceNames.forEach((field, name) -> value.apply(name).ifPresent(v -> values.put(field, v)));
        values.computeIfPresent(PersonField.OWNER_EMAIL, (field, email) -> EmailAddress.normalise(email));
        return Person.of(values);
    }

    /** The field a merged-away record's deletion names the surviving record in. */
    public static final String MASTER_RECORD_ID = "MasterRecordId";

    /**
     * A delete seen through {@code queryAll} ({@code IsDeleted = true}, {@link #MASTER_RECORD_ID} selected):
     * positioned at its SystemModstamp, and a merge when the record names its master.
     */
    public ChangeEvent toDelete(StreamId stream, SObject record) {
        return deleted(stream, record.getId(), SObjectValues.instant(record, ChangeQuery.SYSTEM_MODSTAMP),
                SObjectValues.text(record, MASTER_RECORD_ID));
    }

    /**
     * A deletion {@code getDeleted} reported; a merge into {@code masterId} when that is present (Salesforce merges
     * records of one type only, so the master is of this mapper's type too).
     */
    public ChangeEvent deleted(StreamId stream, String id, Instant deletedAt, Optional<String> masterId) {
        return new ChangeEvent(ref(id), ChangeKind.DELETE, deletedAt, Optional.empty(),
                Optional.of(new ChangeEvent.StreamPosition(stream, new Watermark(deletedAt, id))),
                masterId.map(this::ref));
    }

    private ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, objectType, id);
    }
}
