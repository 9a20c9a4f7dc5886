package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import java.time.Clock;
import java.util.Set;

/**
 * Reads the {@code salesforce.contacts} stream: changed Contacts by SOQL on {@code SystemModstamp} (ties broken by
 * Id), with the mapped person fields a Contact holds, and deleted Contacts, read like deleted Leads
 * ({@link ChangesWithDeletions}): {@code getDeleted} on Contact, then {@code queryAll} for the
 * {@code MasterRecordId} that makes a deletion a merge into the surviving Contact. A Contact a Lead was converted
 * into appears here as a change of its own, which is how the person's link moves from the Lead to the Contact.
 *
 * <p><b>Cost.</b> One {@code query} per page (up to {@code maxItems} rows), one {@code getDeleted}, and one
 * {@code queryAll} per 200 deletions.
 */
public final class SalesforceContactSource implements CrmSource {

    /** The stream of Contact changes and deletions. */
    public static final StreamId CONTACTS = new StreamId(CrmSystem.SALESFORCE, "contacts");

    private final ChangesWithDeletions reads;

    SalesforceContactSource(LeadChangeReader reader, Clock clock) {
        this.reads = new ChangesWithDeletions(CONTACTS, reader, clock);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public Set<StreamId> streams() {
        return Set.of(CONTACTS);
    }

    @Override
    public ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
        checkRead(stream, since, maxItems);
        return reads.read(since, maxItems);
    }
}
