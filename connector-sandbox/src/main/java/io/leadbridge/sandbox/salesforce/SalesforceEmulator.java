package io.leadbridge.sandbox.salesforce;

import com.sun.net.httpserver.HttpServer;
import io.leadbridge.sandbox.salesforce.bulk.BulkEndpoint;
import io.leadbridge.sandbox.salesforce.outbound.OutboundMessenger;
import io.leadbridge.sandbox.salesforce.outbound.OutboundStats;
import io.leadbridge.sandbox.salesforce.soap.PartnerOperations;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.RecordError;
import io.leadbridge.sandbox.salesforce.store.RecordInput;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import io.leadbridge.sandbox.salesforce.store.SaveOutcome;
import io.leadbridge.sandbox.salesforce.store.StandardObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An in-memory Salesforce org served over HTTP on 127.0.0.1: the partner SOAP API
 * ({@code /services/Soap/u/{version}[/{orgId}]}), Bulk API 1.0 query jobs ({@code /services/async/{version}/job}),
 * the OAuth client-credentials token endpoint ({@code /services/oauth2/token}) and, when configured, Outbound
 * Messaging to a listener. SOAP bodies are read and
 * written with force-wsc's own bindings. See {@code docs/sandbox-salesforce-emulator.md} for the behaviour, the
 * knobs and the deviations from Salesforce.
 *
 * <p>The Java API seeds and inspects records directly (no HTTP, no API usage); field values are wire text
 * ({@code "true"}, {@code "2026-11-24T16:41:03.250Z"}, {@code "2026-11-24"}). Thread-safe.
 */
public final class SalesforceEmulator implements AutoCloseable {

    /** The API version used in the endpoint URLs this emulator hands out. */
    public static final String API_VERSION = "65.0";

    private final SalesforceOptions options;
    private final Org org;
    private final SessionRegistry sessions;
    private final ApiAllocation allocation;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final OutboundMessenger outbound;
    private final String organizationId18;

    private SalesforceEmulator(SalesforceOptions options) throws IOException {
        this.options = options;
        this.organizationId18 = SalesforceIds.withSuffix(options.organizationId());
        Random random = new Random(options.seed());
        this.org = new Org(new StandardObjects(options.leadStatuses(), options.externalIdFields()), options.clock(),
                options.leadStatuses());
        this.sessions = new SessionRegistry(options.clock(), options.sessionTtl(), options.organizationId(), random);
        this.allocation = new ApiAllocation(options.clock(), options.dailyApiAllocation());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 50);
        this.workers = Executors.newFixedThreadPool(options.threads(), named("salesforce-emulator-http"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(named("salesforce-emulator-delay"));
        HttpResponder responder = new HttpResponder(scheduler);
        PartnerOperations operations = new PartnerOperations(org, organizationId18,
                (int) options.sessionTtl().toSeconds());
        server.createContext("/services/Soap/u/", new SoapEndpoint(operations, sessions, allocation,
                new FaultInjector(random, options), responder, options.organizationId(), options.timeoutDelay()));
        server.createContext("/services/oauth2/token", new OAuthTokenEndpoint(options, sessions, responder,
                this::baseUrl, organizationId18, org.integrationUserId()));
        server.createContext("/services/async/", new BulkApiHandler(new BulkEndpoint(org), sessions, allocation,
                responder));
        server.setExecutor(workers);
        this.outbound = options.outboundMessaging()
                .map(om -> new OutboundMessenger(om, org, organizationId18, this::baseUrl)).orElse(null);
        server.start();
    }

    /** Starts an emulator; {@link #close()} stops it. */
    public static SalesforceEmulator start(SalesforceOptions options) {
        try {
            return new SalesforceEmulator(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Salesforce emulator on 127.0.0.1:" + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, the org's instance URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The partner SOAP endpoint with the org id, as {@code login()}'s {@code serverUrl} would read. */
    public String soapEndpoint() {
        return baseUrl() + "/services/Soap/u/" + API_VERSION + "/" + options.organizationId();
    }

    /** The Bulk API 1.0 base URL for {@code ConnectorConfig.setRestEndpoint}. */
    public String bulkEndpoint() {
        return baseUrl() + "/services/async/" + API_VERSION;
    }

    public String tokenUrl() {
        return baseUrl() + "/services/oauth2/token";
    }

    /** The 18-character org id. */
    public String organizationId() {
        return organizationId18;
    }

    public SalesforceOptions options() {
        return options;
    }

    /** A new access token, as the token endpoint would issue it, usable as a SOAP session id. */
    public String issueAccessToken() {
        return sessions.issue();
    }

    /** The User the API acts as and the default owner of new records. */
    public String integrationUserId() {
        return org.integrationUserId();
    }

    /**
     * Creates a record as if entered in the org (validated like an API create; triggers Outbound Messaging).
     *
     * @return the new 18-character id
     * @throws IllegalArgumentException naming each problem when the record is refused
     */
    public String create(String type, Map<String, String> fields) {
        SaveOutcome outcome = org.create(List.of(new RecordInput(type, fields)), org.integrationUserId()).get(0);
        return saved(type, outcome);
    }

    /** Changes fields of a record (a {@code null} value clears the field). */
    public void update(String id, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>(fields);
        List<String> toNull = fields.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        values.values().removeIf(java.util.Objects::isNull);
        values.put("Id", id);
        String type = find(id).map(record -> org.schema().byKeyPrefix(id).orElseThrow().name())
                .orElseThrow(() -> new IllegalArgumentException("no record with id " + id));
        saved(type, org.update(List.of(new RecordInput(type, values, toNull)), org.integrationUserId()).get(0));
    }

    /**
     * Deactivates one picklist value (e.g. a Lead {@code Status}) while the emulator runs, as an admin can in Setup at
     * any time: describe marks it inactive, and writing it to a restricted picklist is refused with
     * {@code INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST}.
     */
    public void deactivatePicklistValue(String type, String field, String value) {
        org.schema().deactivatePicklistValue(type, field, value);
    }

    /** Moves a record to the recycle bin (it shows in {@code getDeleted}). */
    public void delete(String id) {
        SaveOutcome outcome = org.delete(List.of(id)).get(0);
        saved("record", outcome);
    }

    /** Merges one or two records into {@code masterId} as a Salesforce user would (see {@code Org.merge}). */
    public void merge(String masterId, String... mergedIds) {
        org.merge(masterId, List.of(mergedIds), org.integrationUserId());
    }

    /** A copy of one record, deleted ones included; every field of its type, {@code null} when unset. */
    public Optional<Map<String, String>> find(String id) {
        return org.find(id);
    }

    /** Copies of the live records of {@code type}, oldest first. */
    public List<Map<String, String>> list(String type) {
        return org.rows(type, false);
    }

    /** How many live records of {@code type} there are. */
    public int count(String type) {
        return org.count(type);
    }

    /** API requests counted today. */
    public long apiRequestsUsed() {
        return allocation.used();
    }

    /** Sets today's API usage, e.g. to start a test close to the allocation. */
    public void setApiRequestsUsed(long used) {
        allocation.setUsed(used);
    }

    /** Outbound Messaging counters; all zero when it is not configured. */
    public OutboundStats outboundStats() {
        return outbound == null ? new OutboundStats(0, 0, 0, 0) : outbound.stats();
    }

    @Override
    public void close() {
        server.stop(0);
        if (outbound != null) {
            outbound.close();
        }
        scheduler.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String saved(String type, SaveOutcome outcome) {
        if (!outcome.success()) {
            throw new IllegalArgumentException(type + " refused: " + outcome.errors().stream()
                    .map(RecordError::message).collect(Collectors.joining("; ")));
        }
        return outcome.id();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
