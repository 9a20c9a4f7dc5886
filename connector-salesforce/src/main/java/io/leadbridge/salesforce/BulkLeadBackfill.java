package io.leadbridge.salesforce;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soap.BulkQueryClient;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial backfill of the Lead stream over Bulk API 1.0, for orgs with more Leads than
 * {@code connector.salesforce.bulk-threshold}.
 *
 * <p>A read from {@link Watermark#BEGINNING} counts the Leads (one call); above the threshold it starts a CSV
 * query job ({@code ORDER BY SystemModstamp, Id}) and answers empty pages, with more to come, while Salesforce runs it. Once the batch is
 * complete, each read hands out the next rows of its result files, in pages, as long as the caller continues from
 * where the previous page ended; a read from anywhere else abandons the backfill (the SOAP query takes over from
 * that position). When every row is handed out the stream continues with SOAP queries and {@code getDeleted}.
 * State is kept in memory: after a restart, an unfinished backfill continues over SOAP from the stored position.
 */
final class BulkLeadBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLeadBackfill.class);

    private final BulkQueryClient bulk;
    private final LeadChangeReader reader;
    private final int threshold;

    private BulkJob job;
    private List<String> resultIds;
    private int nextResult;
    private BulkQueryClient.BulkRows rows;
    private Watermark handedOutThrough = Watermark.BEGINNING;

    BulkLeadBackfill(BulkQueryClient bulk, LeadChangeReader reader, int threshold) {
        this.bulk = Objects.requireNonNull(bulk, "bulk");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.threshold = threshold;
    }

    /** The next page of the backfill, or empty when this read is not (or no longer) one for the backfill. */
    synchronized Optional<ChangePage> read(Watermark since, int maxItems) {
        if (job == null) {
            return since.equals(Watermark.BEGINNING) ? start() : Optional.empty();
        }
        if (!since.equals(handedOutThrough)) {
            LOG.info("Bulk backfill of Leads abandoned: the stream continues from {}", since.modifiedAt());
            reset();
            return Optional.empty();
        }
        if (resultIds == null && !completed()) {
            return Optional.of(waiting(since));
        }
        return Optional.of(nextPage(since, maxItems));
    }

    private Optional<ChangePage> start() {
        int count = reader.countLeads();
        if (count <= threshold) {
            return Optional.empty();
        }
        job = bulk.startQuery("Lead", reader.bulkSoql(Watermark.BEGINNING));
        handedOutThrough = Watermark.BEGINNING;
        LOG.info("Backfilling {} Salesforce Leads with Bulk API job {}", count, job.jobId());
        return Optional.of(waiting(Watermark.BEGINNING));
    }

    /** An empty page while Salesforce runs the job: its rows are known to be waiting, so there is more. */
    private static ChangePage waiting(Watermark since) {
        return new ChangePage(List.of(), since, true);
    }

    private boolean completed() {
        BulkJob.State state = bulk.state(job);
        if (state == BulkJob.State.FAILED) {
            String id = job.jobId();
            reset();
            throw new SyncFailureException(new SyncFailure.Retriable("BULK_JOB_FAILED",
                    "the Bulk API backfill job " + id + " failed; the next read starts a new one", ""));
        }
        if (state == BulkJob.State.COMPLETED) {
            resultIds = bulk.resultIds(job);
            return true;
        }
        return false;
    }

    private ChangePage nextPage(Watermark since, int maxItems) {
        List<ChangeEvent> events = new ArrayList<>();
        while (events.size() < maxItems) {
            if (rows == null) {
                if (nextResult >= resultIds.size()) {
                    break;
                }
                rows = bulk.open(job, resultIds.get(nextResult++));
            }
            List<ChangeEvent> read = reader.fromBulkRows(SalesforceLeadSource.LEADS, rows.next(maxItems - events.size()));
            if (read.isEmpty()) {
                rows.close();
                rows = null;
            }
            read.stream().filter(e -> e.stream().orElseThrow().position().isAfter(since)).forEach(events::add);
        }
        boolean more = rows != null || nextResult < resultIds.size();
        Watermark next = events.isEmpty() ? since : events.get(events.size() - 1).stream().orElseThrow().position();
        if (more) {
            handedOutThrough = next;
        } else {
            LOG.info("Bulk backfill of Leads with job {} is complete", job.jobId());
            reset();
        }
        return new ChangePage(events, next, more);
    }

    private void reset() {
        if (rows != null) {
            rows.close();
        }
        job = null;
        resultIds = null;
        nextResult = 0;
        rows = null;
        handedOutThrough = Watermark.BEGINNING;
    }
}
