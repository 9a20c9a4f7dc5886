package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code salesforce.leads} stream: changed Leads by SOQL on {@code SystemModstamp} (ties broken by
 * Id) and deleted Leads (merges among them), merged in {@link Watermark} order; see {@link ChangesWithDeletions}
 * for how deletions bound the read, and the recycle-bin fallback when the watermark is older than
 * {@code getDeleted} can answer for.
 *
 * <p><b>Initial backfill.</b> With a {@link BulkLeadBackfill}, an org with more Leads than the bulk threshold is
 * read from the beginning over Bulk API 1.0 instead.
 *
 * <p><b>Cost.</b> One {@code query} (2,000 rows per page) plus one {@code getDeleted} for up to 2,000 changes, and
 * one {@code queryAll} per 200 deletions.
 */
public final class SalesforceLeadSource implements CrmSource {

    /** The stream of Lead changes and deletions. */
    public static final StreamId LEADS = new StreamId(CrmSystem.SALESFORCE, "leads");

    private final ChangesWithDeletions reads;
    private final Optional<BulkLeadBackfill> backfill;

    /** A source that reads over SOAP only. */
    public SalesforceLeadSource(LeadChangeReader reader, Clock clock) {
        this(reader, Optional.empty(), clock);
    }

    SalesforceLeadSource(LeadChangeReader reader, Optional<BulkLeadBackfill> backfill, Clock clock) {
        this.reads = new ChangesWithDeletions(LEADS, reader, clock);
        this.backfill = Objects.requireNonNull(backfill, "backfill");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public Set<StreamId> streams() {
        return Set.of(LEADS);
    }

    @Override
    public ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
        checkRead(stream, since, maxItems);
        Optional<ChangePage> backfilled = backfill.flatMap(b -> b.read(since, maxItems));
        if (backfilled.isPresent()) {
            return backfilled.get();
        }
        return reads.read(since, maxItems);
    }
}
