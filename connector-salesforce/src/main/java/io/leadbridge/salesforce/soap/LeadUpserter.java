package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import io.leadbridge.salesforce.mapping.UpsertResultMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Upserts a batch of people as Leads in one partner {@code upsert} call on the HubSpot external-id field and
 * returns one result per write, in order. A failed call throws {@link SyncFailureException}.
 */
public final class LeadUpserter {

    private final SalesforceSession session;
    private final LeadRecordMapper records;
    private final UpsertResultMapper results = new UpsertResultMapper(LeadRecordMapper.LEAD);

    public LeadUpserter(SalesforceSession session, LeadRecordMapper records) {
        this.session = Objects.requireNonNull(session, "session");
        this.records = Objects.requireNonNull(records, "records");
    }

    public List<WriteResult> upsert(List<PersonWrite> writes) {
        SObject[] leads = writes.stream().map(records::toLead).toArray(SObject[]::new);
        String externalIdField = records.externalIdField();
        UpsertResult[] answers = session.call(connection -> connection.upsert(externalIdField, leads));
        if (answers == null || answers.length != leads.length) {
            throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE",
                    "Salesforce returned " + (answers == null ? 0 : answers.length) + " upsert results for "
                            + leads.length + " records", "", List.of()));
        }
        return Arrays.stream(answers).map(results::toWriteResult).toList();
    }
}
