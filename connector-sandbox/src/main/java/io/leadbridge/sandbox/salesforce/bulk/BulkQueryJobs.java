package io.leadbridge.sandbox.salesforce.bulk;

import io.leadbridge.sandbox.salesforce.soql.QueryEvaluator;
import io.leadbridge.sandbox.salesforce.soql.QueryRow;
import io.leadbridge.sandbox.salesforce.soql.SoqlParser;
import io.leadbridge.sandbox.salesforce.soql.SoqlQuery;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk API 1.0 query jobs, vendor-free: a job ({@code 750...}) for one object, batches ({@code 751...}) each holding
 * one SOQL statement, run when the batch is added, and their CSV results ({@code 752...}) split every
 * {@link #ROWS_PER_RESULT} rows. Thread-safe.
 */
final class BulkQueryJobs {

    /** Rows per result file (Salesforce splits by size and time instead). */
    static final int ROWS_PER_RESULT = 10_000;

    enum JobState { OPEN, CLOSED, ABORTED }

    enum BatchState { QUEUED, COMPLETED, FAILED }

    static final class Job {
        final String id;
        final String object;
        final boolean includeDeleted;
        final String createdById;
        final Instant createdDate;
        JobState state = JobState.OPEN;
        Instant systemModstamp;
        final List<Batch> batches = new ArrayList<>();

        Job(String id, String object, boolean includeDeleted, String createdById, Instant createdDate) {
            this.id = id;
            this.object = object;
            this.includeDeleted = includeDeleted;
            this.createdById = createdById;
            this.createdDate = createdDate;
            this.systemModstamp = createdDate;
        }
    }

    static final class Batch {
        final String id;
        final String jobId;
        final Instant createdDate;
        BatchState state = BatchState.QUEUED;
        boolean reported;
        String stateMessage;
        int records;
        final Map<String, String> results = new LinkedHashMap<>();

        Batch(String id, String jobId, Instant createdDate) {
            this.id = id;
            this.jobId = jobId;
            this.createdDate = createdDate;
        }
    }

    private final Org org;
    private final QueryEvaluator evaluator;
    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    BulkQueryJobs(Org org) {
        this.org = org;
        this.evaluator = new QueryEvaluator(org);
    }

    synchronized Job create(String object, boolean includeDeleted) {
        org.schema().find(object).orElseThrow(() -> new BulkError("InvalidEntity",
                "Unable to find object: " + object));
        Job job = new Job(ids.next("750"), org.schema().find(object).get().name(), includeDeleted,
                org.integrationUserId(), org.clock().instant());
        jobs.put(job.id, job);
        return job;
    }

    synchronized Job job(String jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new BulkError("InvalidJob", "Invalid job id: " + jobId);
        }
        return job;
    }

    synchronized Job changeState(String jobId, JobState state) {
        Job job = job(jobId);
        if (job.state != JobState.OPEN) {
            throw new BulkError("InvalidJobState", "Job is not open: " + jobId);
        }
        job.state = state;
        job.systemModstamp = org.clock().instant();
        return job;
    }

    /** Adds a batch and runs its query; a query the emulator refuses fails the batch, as Salesforce does. */
    synchronized Batch addBatch(String jobId, String soql) {
        Job job = job(jobId);
        if (job.state != JobState.OPEN) {
            throw new BulkError("InvalidJobState", "Job is not open: " + jobId);
        }
        Batch batch = new Batch(ids.next("751"), jobId, org.clock().instant());
        job.batches.add(batch);
        try {
            SoqlQuery query = SoqlParser.parse(soql);
            if (!query.object().equalsIgnoreCase(job.object)) {
                throw new BulkError("InvalidBatch", "query object " + query.object() + " is not the job's "
                        + job.object);
            }
            QueryEvaluator.Result result = evaluator.run(soql, job.includeDeleted);
            List<String> header = query.fields().stream().map(SoqlQuery.FieldPath::path).toList();
            List<QueryRow> rows = result.rows();
            int from = 0;
            do {
                int to = Math.min(rows.size(), from + ROWS_PER_RESULT);
                batch.results.put(ids.next("752"), BulkCsv.write(header, rows.subList(from, to)));
                from = to;
            } while (from < rows.size());
            batch.records = rows.size();
            batch.state = BatchState.COMPLETED;
        } catch (ApiError error) {
            batch.state = BatchState.FAILED;
            batch.stateMessage = "InvalidBatch : Failed to process query: " + error.exceptionCode() + ": "
                    + error.getMessage().strip();
        } catch (BulkError error) {
            batch.state = BatchState.FAILED;
            batch.stateMessage = error.code() + " : " + error.getMessage();
        }
        return batch;
    }

    synchronized Batch batch(String jobId, String batchId) {
        return job(jobId).batches.stream().filter(b -> b.id.equals(batchId)).findFirst()
                .orElseThrow(() -> new BulkError("InvalidBatch", "Invalid batch id: " + batchId));
    }

    synchronized Optional<String> result(String jobId, String batchId, String resultId) {
        return Optional.ofNullable(batch(jobId, batchId).results.get(resultId));
    }
}
