package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import java.util.List;
import java.util.Objects;

/**
 * Upserts people as Leads on the HubSpot external-id field, {@value RecordWriter#MAX_RECORDS_PER_CALL} per call,
 * and returns one result per write, in order. A failed call throws {@link SyncFailureException}.
 */
public final class LeadUpserter {

    private final LeadRecordMapper records;
    private final RecordWriter writer;

    public LeadUpserter(SalesforceSession session, LeadRecordMapper records) {
        this.records = Objects.requireNonNull(records, "records");
        this.writer = new RecordWriter(session, LeadRecordMapper.LEAD);
    }

    public List<WriteResult> upsert(List<PersonWrite> writes) {
        List<SObject> leads = writes.stream().map(records::toLead).toList();
        return writer.upsert(records.externalIdField(), leads);
    }
}
