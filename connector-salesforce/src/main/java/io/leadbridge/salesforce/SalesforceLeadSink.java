package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.ContactRecordMapper;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import io.leadbridge.salesforce.soap.LeadUpserter;
import io.leadbridge.salesforce.soap.SalesforceSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes HubSpot contacts into Salesforce: as Leads, one partner {@code upsert} per batch of up to
 * {@value #MAX_BATCH_SIZE}, on the HubSpot external-id field, so a repeated write never creates a second Lead; a
 * person whose Salesforce record is a Contact (matched by email, or a converted Lead's Contact) updates that
 * Contact by its Id, and a Contact is never created. A batch holding new Leads, known Leads and Contacts costs up
 * to three calls.
 *
 * <p>Every write must come from a HubSpot record, and a known target must be a Salesforce Lead or Contact;
 * otherwise {@link IllegalArgumentException}. See {@link CrmSink} for the result and failure contract,
 * {@link LeadRecordMapper} and {@link ContactRecordMapper} for how fields are filled.
 */
public final class SalesforceLeadSink implements CrmSink {

    public static final int MAX_BATCH_SIZE = 200;

    private final SalesforceSession session;
    private final LeadUpserter upserter;

    /**
     * @param hubspotIdField the Lead external-id field that holds the HubSpot record id
     */
    public SalesforceLeadSink(SalesforceSession session, FieldMappings mappings, String hubspotIdField) {
        this(session, mappings, hubspotIdField, Optional.empty());
    }

    /**
     * @param hubspotIdField the Lead external-id field that holds the HubSpot record id
     * @param owners         Salesforce's active Users: {@code ownerEmail} is written as their {@code OwnerId}
     */
    public SalesforceLeadSink(SalesforceSession session, FieldMappings mappings, String hubspotIdField,
                              Optional<OwnerDirectory> owners) {
        this.session = Objects.requireNonNull(session, "session");
        this.upserter = new LeadUpserter(session, new LeadRecordMapper(mappings, hubspotIdField, owners),
                new ContactRecordMapper(mappings, owners));
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public int maxBatchSize() {
        return MAX_BATCH_SIZE;
    }

    @Override
    public List<WriteResult> upsertPeople(List<PersonWrite> writes) {
        Objects.requireNonNull(writes, "writes");
        if (writes.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException(
                    "at most " + MAX_BATCH_SIZE + " writes per call, got " + writes.size());
        }
        writes.forEach(SalesforceLeadSink::checkWritable);
        if (writes.isEmpty()) {
            return List.of();
        }
        return upserter.upsert(writes);
    }

    /** The org's API usage from the last Salesforce response that reported it, for budgeting. */
    public Optional<ApiUsage> lastApiUsage() {
        return session.lastApiUsage();
    }

    private static void checkWritable(PersonWrite write) {
        Objects.requireNonNull(write, "write");
        if (write.source().system() != CrmSystem.HUBSPOT) {
            throw new IllegalArgumentException("a Lead is upserted on its HubSpot id, but " + write.source()
                    + " is not a HubSpot record");
        }
        write.target().ifPresent(target -> {
            if (target.system() != CrmSystem.SALESFORCE || !(LeadRecordMapper.LEAD.equals(target.objectType())
                    || ContactRecordMapper.CONTACT.equals(target.objectType()))) {
                throw new IllegalArgumentException("this sink writes Salesforce Leads and Contacts, but the target is "
                        + target);
            }
        });
    }
}
