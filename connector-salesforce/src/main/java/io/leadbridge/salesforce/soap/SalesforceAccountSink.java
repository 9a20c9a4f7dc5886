package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.company.CompanySink;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.AccountRecordMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes companies into Salesforce as Accounts: known Accounts by one partner {@code update} per batch, new ones
 * by one {@code create}; results are put back in input order. See {@link RecordWriter} for per-record results.
 */
public final class SalesforceAccountSink implements CompanySink {

    private final RecordWriter writer;
    private final AccountRecordMapper mapper;

    public SalesforceAccountSink(SalesforceSession session, AccountRecordMapper mapper) {
        this.writer = new RecordWriter(Objects.requireNonNull(session, "session"), AccountRecordMapper.ACCOUNT);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public int maxBatchSize() {
        return RecordWriter.MAX_RECORDS_PER_CALL;
    }

    @Override
    public List<WriteResult> write(List<CompanyWrite> writes) {
        if (writes.size() > maxBatchSize()) {
            throw new IllegalArgumentException("at most " + maxBatchSize() + " writes per call, got " + writes.size());
        }
        List<SObject> updates = new ArrayList<>();
        List<SObject> creates = new ArrayList<>();
        for (CompanyWrite write : writes) {
            (write.target().isPresent() ? updates : creates).add(mapper.toAccount(write));
        }
        List<WriteResult> updated = updates.isEmpty() ? List.of() : writer.update(updates);
        List<WriteResult> created = creates.isEmpty() ? List.of() : writer.create(creates);
        List<WriteResult> results = new ArrayList<>(writes.size());
        int u = 0;
        int c = 0;
        for (CompanyWrite write : writes) {
            results.add(write.target().isPresent() ? updated.get(u++) : created.get(c++));
        }
        return results;
    }
}
