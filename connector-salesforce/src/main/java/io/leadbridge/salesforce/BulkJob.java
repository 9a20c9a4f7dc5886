package io.leadbridge.salesforce;

import java.util.Objects;

/** A running Bulk API 1.0 query: its job and its one batch. */
public record BulkJob(String jobId, String batchId) {

    public BulkJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(batchId, "batchId");
    }

    /** Where the batch stands. */
    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }
}
