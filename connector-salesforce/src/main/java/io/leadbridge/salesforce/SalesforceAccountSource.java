package io.leadbridge.salesforce;

import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyChangePage;
import io.leadbridge.core.company.CompanySource;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soap.RecordReaders;
import java.util.Objects;

/** Reads changed Salesforce Accounts by SOQL on {@code SystemModstamp}, Id as tie-break (see {@link RecordReaders}). */
public final class SalesforceAccountSource implements CompanySource {

    /** The stream this source reads: {@code salesforce.accounts}. */
    public static final StreamId ACCOUNTS = new StreamId(CrmSystem.SALESFORCE, "accounts");

    private final RecordReaders readers;

    public SalesforceAccountSource(RecordReaders readers) {
        this.readers = Objects.requireNonNull(readers, "readers");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public StreamId stream() {
        return ACCOUNTS;
    }

    @Override
    public CompanyChangePage readChanges(Watermark since, int max) {
        ChangedRecords<SalesforceAccount> page = readers.accounts(since, max);
        return new CompanyChangePage(page.records().stream().map(a -> new CompanyChange(a.ref(), a.modifiedAt(),
                a.company(), new Watermark(a.modifiedAt(), a.ref().id()))).toList(), page.next(), page.hasMore());
    }
}
