package io.leadbridge.sandbox.salesforce.bulk;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchInfoList;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import com.sforce.async.QueryResultList;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.parser.PullParserException;
import com.sforce.ws.parser.XmlInputStream;
import com.sforce.ws.parser.XmlOutputStream;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.namespace.QName;

/**
 * Bulk API 1.0 query jobs under {@code /services/async/{version}/job}, read and written with force-wsc's
 * {@code com.sforce.async} types: create ({@code POST job/}), close or abort ({@code POST job/{id}}), status
 * ({@code GET job/{id}}), add a SOQL batch ({@code POST job/{id}/batch}), batch status and list, the result list
 * and the CSV results. The session comes in {@code X-SFDC-Session}. Failures are HTTP 400 {@code <error>}s.
 */
public final class BulkEndpoint {

    /** An answer: HTTP status, content type and body. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    private static final String XML = "application/xml";
    private static final Pattern PATH = Pattern.compile(
            "/services/async/(\\d{1,3}\\.0)/job(?:/([A-Za-z0-9]{15,18})(?:/batch(?:/([A-Za-z0-9]{15,18})"
                    + "(?:/(result)(?:/([A-Za-z0-9]{15,18}))?)?)?)?)?/?");

    private final BulkQueryJobs jobs;

    public BulkEndpoint(io.leadbridge.sandbox.salesforce.store.Org org) {
        this.jobs = new BulkQueryJobs(org);
    }

    /** Whether {@code path} is a Bulk API 1.0 job path this endpoint serves. */
    public static boolean serves(String path) {
        return PATH.matcher(path).matches();
    }

    /** Answers one authenticated request. */
    public Answer answer(HttpExchange exchange) {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            return error(404, "InvalidUrl", "Not a Bulk API job URL");
        }
        String method = exchange.getRequestMethod();
        String jobId = path.group(2);
        String batchId = path.group(3);
        boolean batchPath = exchange.getRequestURI().getPath().contains("/batch");
        try {
            if (jobId == null) {
                return "POST".equals(method) ? created(exchange) : error(405, "InvalidUrl", "use POST");
            }
            if (!batchPath) {
                return "POST".equals(method) ? updated(exchange, jobId) : xml("jobInfo", jobInfo(jobs.job(jobId)));
            }
            if (batchId == null) {
                return "POST".equals(method) ? xml("batchInfo", batchInfo(jobs.addBatch(jobId, text(exchange))))
                        : xml("batchInfoList", batchList(jobId));
            }
            if (path.group(4) == null) {
                return xml("batchInfo", batchInfo(jobs.batch(jobId, batchId)));
            }
            if (path.group(5) == null) {
                QueryResultList list = new QueryResultList();
                list.setResult(jobs.batch(jobId, batchId).results.keySet().toArray(String[]::new));
                return xml("result-list", list);
            }
            return jobs.result(jobId, batchId, path.group(5))
                    .map(csv -> new Answer(200, "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8)))
                    .orElseGet(() -> error(400, "InvalidBatch", "Invalid result id: " + path.group(5)));
        } catch (BulkError e) {
            return error(400, e.code(), e.getMessage());
        } catch (IOException | PullParserException | ConnectionException e) {
            return error(400, "InvalidXml", "unable to parse the request: " + e.getMessage());
        }
    }

    /** The {@code <error>} answer for a refused session or an exceeded allocation. */
    public static Answer error(int status, String code, String message) {
        AsyncApiException exception = new AsyncApiException(message, AsyncExceptionCode.valueOf(code));
        return xml(status, "error", exception);
    }

    private Answer created(HttpExchange exchange) throws IOException, PullParserException, ConnectionException {
        JobInfo request = readJob(exchange);
        if (request.getOperation() != OperationEnum.query && request.getOperation() != OperationEnum.queryAll) {
            throw new BulkError("FeatureNotEnabled", "this emulator runs query and queryAll jobs only, not "
                    + request.getOperation());
        }
        if (request.getContentType() != null && request.getContentType() != ContentType.CSV) {
            throw new BulkError("UnsupportedContentType", "this emulator answers CSV query results only");
        }
        return xml("jobInfo", jobInfo(jobs.create(request.getObject(),
                request.getOperation() == OperationEnum.queryAll)));
    }

    private Answer updated(HttpExchange exchange, String jobId)
            throws IOException, PullParserException, ConnectionException {
        JobInfo request = readJob(exchange);
        BulkQueryJobs.JobState state = switch (request.getState() == null ? JobStateEnum.Open : request.getState()) {
            case Closed -> BulkQueryJobs.JobState.CLOSED;
            case Aborted -> BulkQueryJobs.JobState.ABORTED;
            default -> throw new BulkError("InvalidJobState", "a job can only be closed or aborted");
        };
        return xml("jobInfo", jobInfo(jobs.changeState(jobId, state)));
    }

    private JobInfo jobInfo(BulkQueryJobs.Job job) {
        JobInfo info = new JobInfo();
        synchronized (jobs) {
            info.setId(job.id);
            info.setOperation(job.includeDeleted ? OperationEnum.queryAll : OperationEnum.query);
            info.setObject(job.object);
            info.setCreatedById(job.createdById);
            info.setCreatedDate(calendar(job.createdDate));
            info.setSystemModstamp(calendar(job.systemModstamp));
            info.setState(switch (job.state) {
                case OPEN -> JobStateEnum.Open;
                case CLOSED -> JobStateEnum.Closed;
                case ABORTED -> JobStateEnum.Aborted;
            });
            info.setConcurrencyMode(ConcurrencyMode.Parallel);
            info.setContentType(ContentType.CSV);
            int completed = (int) job.batches.stream().filter(b -> b.reported
                    && b.state == BulkQueryJobs.BatchState.COMPLETED).count();
            int failed = (int) job.batches.stream().filter(b -> b.reported
                    && b.state == BulkQueryJobs.BatchState.FAILED).count();
            info.setNumberBatchesQueued(job.batches.size() - completed - failed);
            info.setNumberBatchesCompleted(completed);
            info.setNumberBatchesFailed(failed);
            info.setNumberBatchesTotal(job.batches.size());
            info.setNumberRecordsProcessed(job.batches.stream().filter(b -> b.reported).mapToLong(b -> b.records)
                    .sum());
            info.setApiVersion(65.0);
        }
        return info;
    }

    /**
     * A batch runs when added but first reports {@code Queued}, as Salesforce's do; it shows its outcome from the
     * next status request on.
     */
    private BatchInfo batchInfo(BulkQueryJobs.Batch batch) {
        BatchInfo info = new BatchInfo();
        synchronized (jobs) {
            info.setId(batch.id);
            info.setJobId(batch.jobId);
            info.setCreatedDate(calendar(batch.createdDate));
            info.setSystemModstamp(calendar(batch.createdDate));
            if (!batch.reported) {
                batch.reported = true;
                info.setState(BatchStateEnum.Queued);
                return info;
            }
            info.setState(batch.state == BulkQueryJobs.BatchState.FAILED ? BatchStateEnum.Failed
                    : BatchStateEnum.Completed);
            if (batch.stateMessage != null) {
                info.setStateMessage(batch.stateMessage);
            }
            info.setNumberRecordsProcessed(batch.records);
        }
        return info;
    }

    private BatchInfoList batchList(String jobId) {
        BatchInfoList list = new BatchInfoList();
        list.setBatchInfo(jobs.job(jobId).batches.stream().map(this::batchInfo).toArray(BatchInfo[]::new));
        return list;
    }

    private static JobInfo readJob(HttpExchange exchange) throws IOException, PullParserException,
            ConnectionException {
        XmlInputStream in = new XmlInputStream();
        in.setInput(body(exchange), "UTF-8");
        JobInfo job = new JobInfo();
        job.load(in, new TypeMapper(null, null, false));
        return job;
    }

    private static String text(HttpExchange exchange) throws IOException {
        return new String(body(exchange).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream in = exchange.getRequestBody();
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip")
                ? new GZIPInputStream(in) : in;
    }

    private static Answer xml(String element, XMLizable body) {
        return xml(200, element, body);
    }

    private static Answer xml(int status, String element, XMLizable body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XmlOutputStream out = new XmlOutputStream(bytes, false);
            out.startDocument();
            out.setPrefix("", NS);
            out.setPrefix("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            body.write(new QName(NS, element), out, new TypeMapper(null, null, false));
            out.endDocument();
            out.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write a Bulk API answer", e);
        }
        return new Answer(status, XML, bytes.toByteArray());
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
