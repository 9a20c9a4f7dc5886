package io.leadbridge.salesforce.soap;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BulkConnection;
import com.sforce.async.CSVReader;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.ws.ConnectorConfig;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.salesforce.ApiBudget;
import io.leadbridge.salesforce.BulkJob;
import io.leadbridge.salesforce.SalesforceSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bulk API 1.0 queries over force-wsc's {@link BulkConnection} ({@code /services/async/<version>/job/...}, session in
 * {@code X-SFDC-Session}): start a CSV query job with one batch, ask for its state, list its result files and open
 * one as a CSV row stream. An {@code InvalidSessionId} answer renews the token once and retries, like
 * {@link SalesforceSession}; every call is checked against the shared {@link ApiBudget} first.
 */
public final class BulkQueryClient {

    private final SalesforceSettings settings;
    private final AccessTokenSource tokens;
    private final ApiBudget budget;
    private BulkConnection connection;

    public BulkQueryClient(SalesforceSettings settings, AccessTokenSource tokens, ApiBudget budget) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** Creates a CSV query job on {@code object}, adds {@code soql} as its one batch and closes the job. */
    public synchronized BulkJob startQuery(String object, String soql) {
        JobInfo job = call(bulk -> {
            JobInfo request = new JobInfo();
            request.setObject(object);
            request.setOperation(OperationEnum.query);
            request.setContentType(ContentType.CSV);
            request.setConcurrencyMode(ConcurrencyMode.Parallel);
            return bulk.createJob(request);
        });
        BatchInfo batch = call(bulk -> bulk.createBatchFromStream(job,
                new ByteArrayInputStream(soql.getBytes(StandardCharsets.UTF_8))));
        call(bulk -> bulk.closeJob(job.getId()));
        return new BulkJob(job.getId(), batch.getId());
    }

    public synchronized BulkJob.State state(BulkJob job) {
        BatchInfo info = call(bulk -> bulk.getBatchInfo(job.jobId(), job.batchId()));
        return switch (info.getState()) {
            case Queued, InProgress -> BulkJob.State.RUNNING;
            case Completed -> BulkJob.State.COMPLETED;
            case Failed, NotProcessed -> BulkJob.State.FAILED;
        };
    }

    /** The ids of the job's result files, in order. */
    public synchronized List<String> resultIds(BulkJob job) {
        String[] ids = call(bulk -> bulk.getQueryResultList(job.jobId(), job.batchId()).getResult());
        return ids == null ? List.of() : Arrays.asList(ids);
    }

    /** Opens one result file as CSV rows, each a map from column (e.g. {@code Owner.Email}) to value. */
    public synchronized BulkRows open(BulkJob job, String resultId) {
        InputStream stream = call(bulk -> bulk.getQueryResultStream(job.jobId(), job.batchId(), resultId));
        return new BulkRows(stream);
    }

    private <T> T call(BulkCall<T> call) {
        budget.beforeCall();
        BulkConnection bulk = connection();
        String token = bulk.getConfig().getSessionId();
        try {
            return call.invoke(bulk);
        } catch (AsyncApiException e) {
            if (e.getExceptionCode() != AsyncExceptionCode.InvalidSessionId) {
                throw failure(e);
            }
            String fresh = tokens.refresh(token);
            if (fresh.equals(token)) {
                throw failure(e);
            }
            bulk.getConfig().setSessionId(fresh);
            try {
                return call.invoke(bulk);
            } catch (AsyncApiException retryFailure) {
                throw failure(retryFailure);
            }
        }
    }

    private BulkConnection connection() {
        if (connection == null) {
            ConnectorConfig config = new ConnectorConfig();
            config.setSessionId(tokens.current());
            config.setRestEndpoint(settings.instanceUrl() + "/services/async/" + settings.apiVersion());
            config.setConnectionTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
            config.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
            config.setCompression(true);
            config.setTraceMessage(false);
            try {
                connection = new BulkConnection(config);
            } catch (AsyncApiException e) {
                throw failure(e);
            }
        }
        return connection;
    }

    private static SyncFailureException failure(AsyncApiException e) {
        AsyncExceptionCode code = e.getExceptionCode();
        String name = code == null ? "BULK_ERROR" : code.name();
        String message = "Bulk API: " + (e.getExceptionMessage() == null ? name : e.getExceptionMessage());
        SyncFailure failure = switch (code == null ? AsyncExceptionCode.Unknown : code) {
            case ExceededQuota -> new SyncFailure.RateLimited(name, message, "", ApiBudget.PAUSE);
            case InvalidSessionId, InvalidUser, InvalidXml, InvalidJob, InvalidJobState, InvalidBatch, InvalidOperation,
                 InvalidUrl, InvalidVersion, FeatureNotEnabled, InvalidEntity, ClientInputError, HttpsRequired,
                 UnsupportedContentType, TransactionSecurityBlock ->
                    new SyncFailure.Permanent(name, message, "", List.of());
            default -> new SyncFailure.Retriable(name, message, "");
        };
        return new SyncFailureException(failure, e);
    }

    @FunctionalInterface
    private interface BulkCall<T> {
        T invoke(BulkConnection bulk) throws AsyncApiException;
    }

    /** The rows of one result file, read lazily; close it when done. */
    public static final class BulkRows implements AutoCloseable {

        private final InputStream stream;
        private final CSVReader csv;
        private List<String> header;

        BulkRows(InputStream stream) {
            this.stream = stream;
            try {
                this.csv = new CSVReader(stream, StandardCharsets.UTF_8.name());
            } catch (IOException e) {
                throw new SyncFailureException(new SyncFailure.Retriable("IO_ERROR",
                        "Bulk API result could not be read: " + e.getClass().getSimpleName(), ""), e);
            }
        }

        /** The next {@code max} rows at most; an empty list at the end of the file. */
        public List<Map<String, String>> next(int max) {
            List<Map<String, String>> rows = new ArrayList<>();
            try {
                if (header == null) {
                    List<String> columns = csv.nextRecord();
                    header = columns == null ? List.of() : List.copyOf(columns);
                }
                List<String> record;
                while (rows.size() < max && (record = csv.nextRecord()) != null) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < record.size(); i++) {
                        row.put(header.get(i), record.get(i));
                    }
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new SyncFailureException(new SyncFailure.Retriable("IO_ERROR",
                        "Bulk API result could not be read: " + e.getClass().getSimpleName(), ""), e);
            }
            return rows;
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the rows were read; a failing close leaves nothing to recover
            }
        }
    }
}
