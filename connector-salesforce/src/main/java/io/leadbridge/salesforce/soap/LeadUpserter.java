package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.ContactRecordMapper;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes people as Leads, {@value RecordWriter#MAX_RECORDS_PER_CALL} per call, and returns one result per write, in
 * order. A write whose Lead is known updates that Lead by its Id (and stamps the HubSpot id on it, so a Lead that
 * existed before Leadbridge matched it by email becomes linked); the others are upserted on the HubSpot external-id
 * field, so a repeated write never creates a second Lead. A write whose target is a known Contact updates that
 * Contact by its Id. A batch of all three kinds costs three calls. A failed call throws {@link SyncFailureException}.
 */
public final class LeadUpserter {

    private final LeadRecordMapper records;
    private final RecordWriter writer;
    private final ContactRecordMapper contacts;
    private final RecordWriter contactWriter;

    public LeadUpserter(SalesforceSession session, LeadRecordMapper records, ContactRecordMapper contacts) {
        this.records = Objects.requireNonNull(records, "records");
        this.writer = new RecordWriter(session, LeadRecordMapper.LEAD);
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.contactWriter = new RecordWriter(session, ContactRecordMapper.CONTACT);
    }

    public List<WriteResult> upsert(List<PersonWrite> writes) {
        List<Integer> updated = new ArrayList<>();
        List<SObject> updates = new ArrayList<>();
        List<Integer> upserted = new ArrayList<>();
        List<SObject> upserts = new ArrayList<>();
        List<Integer> contactsUpdated = new ArrayList<>();
        List<SObject> contactUpdates = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            PersonWrite write = writes.get(i);
            if (write.target().filter(t -> ContactRecordMapper.CONTACT.equals(t.objectType())).isPresent()) {
                contactsUpdated.add(i);
                contactUpdates.add(contacts.toContact(write));
                continue;
            }
            SObject lead = records.toLead(write);
            if (write.target().isPresent()) {
                lead.setId(write.target().get().id());
                updated.add(i);
                updates.add(lead);
            } else {
                upserted.add(i);
                upserts.add(lead);
            }
        }
        WriteResult[] results = new WriteResult[writes.size()];
        place(results, updated, updates.isEmpty() ? List.of() : writer.update(updates));
        place(results, upserted, upserts.isEmpty() ? List.of() : writer.upsert(records.externalIdField(), upserts));
        place(results, contactsUpdated, contactUpdates.isEmpty() ? List.of() : contactWriter.update(contactUpdates));
        return Arrays.asList(results);
    }

    private static void place(WriteResult[] results, List<Integer> positions, List<WriteResult> written) {
        for (int i = 0; i < positions.size(); i++) {
            results[positions.get(i)] = written.get(i);
        }
    }
}
