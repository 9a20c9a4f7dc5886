package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.FreePort;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs the connector's jar against emulators with HubSpot's real limits (190 requests per 10 s, 5 searches per
 * second), a Salesforce daily allocation and latency: backfills of growing size (calls per operation, records per
 * second next to the limits' bound, CPU, heap), timed HubSpot changes on the webhook path and timed touches
 * (HubSpot emails until Salesforce shows their Task, {@link TouchLatencyRun}; Salesforce Tasks by outbound message
 * until HubSpot's SDR-context note counts them, {@link TouchWebhookLatencyRun}). Writes
 * {@code benchmark.md} and {@code backfill-heap.png} into the output directory.
 */
public final class BenchmarkHarness {

    /** The share of the daily Salesforce allocation the connector may use by default. */
    private static final double SALESFORCE_SHARE = 0.5;

    private final PrintStream out;

    public BenchmarkHarness(PrintStream out) {
        this.out = out;
    }

    public String run(BenchSettings settings) {
        List<BackfillResult> backfills = new ArrayList<>();
        for (int size : settings.backfillSizes()) {
            BackfillResult result = backfill(settings, size);
            out.printf("backfill of %d: %.1f records/s, CPU %d s, peak heap %d MB%n", size, result.recordsPerSecond(),
                    result.cpu().toSeconds(), result.peakHeapBytes() >> 20);
            backfills.add(result);
        }
        LatencyResult latency = webhookLatency(settings);
        out.printf("webhook path: p50 %d ms, p95 %d ms, p99 %d ms, %d missed%n", latency.percentile(50).toMillis(),
                latency.percentile(95).toMillis(), latency.percentile(99).toMillis(), latency.missed());
        Optional<LatencyResult> touches = Optional.empty();
        if (settings.touches() > 0 && settings.touchPaths().contains(BenchSettings.POLLING)) {
            LatencyResult touched = new TouchLatencyRun(out).run(settings, appProperties(settings));
            out.printf("touch path: p50 %d ms, p95 %d ms, p99 %d ms, %d missed%n", touched.percentile(50).toMillis(),
                    touched.percentile(95).toMillis(), touched.percentile(99).toMillis(), touched.missed());
            touches = Optional.of(touched);
        }
        Optional<LatencyResult> webhookTouches = Optional.empty();
        if (settings.touches() > 0 && settings.touchPaths().contains(BenchSettings.WEBHOOK)) {
            webhookTouches = Optional.of(webhookTouches(settings, false));
        }
        Optional<LatencyResult> firstTouches = Optional.empty();
        if (settings.touches() > 0 && settings.touchPaths().contains(BenchSettings.WEBHOOK_FIRST)) {
            firstTouches = Optional.of(webhookTouches(settings, true));
        }
        CrmSetup limits = CrmSetup.realisticLimits();
        RateBound bound = new RateBound(limits.hubspotBurstLimit() / 10.0, limits.hubspotSearchPerSecond(),
                limits.salesforceDailyLimit() * SALESFORCE_SHARE);
        String markdown = new BenchmarkReport(settings, backfills, latency, touches, webhookTouches, firstTouches,
                bound).markdown();
        try {
            Files.createDirectories(settings.outDir());
            Files.writeString(settings.outDir().resolve("benchmark.md"), markdown);
            HeapPlot.write(backfills, settings.outDir().resolve("backfill-heap.png"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results: " + e.getMessage(), e);
        }
        return markdown;
    }

    private LatencyResult webhookTouches(BenchSettings settings, boolean firstTouches) {
        LatencyResult touched = new TouchWebhookLatencyRun(out, firstTouches).run(settings, appProperties(settings));
        out.printf("touch webhook path%s: p50 %d ms, p95 %d ms, p99 %d ms, %d missed%n",
                firstTouches ? " (first touches)" : "", touched.percentile(50).toMillis(),
                touched.percentile(95).toMillis(), touched.percentile(99).toMillis(), touched.missed());
        return touched;
    }
    private BackfillResult backfill(BenchSettings settings, int size) {
        try (ProofCrms crms = ProofCrms.start(CrmSetup.realisticLimits().withLatency(settings.latency()));
             ProofDatabase database = settings.postgres() ? ProofDatabase.postgresSchema()
                     : ProofDatabase.h2File(settings.workDir().resolve("backfill-" + size))) {
            for (int i = 0; i < size; i++) {
                crms.hubspot().create(ObjectType.CONTACTS, person(i, "backfill" + size));
            }
            AppFleet fleet = new AppFleet(crms, database, backfillProperties(settings),
                    settings.workDir().resolve("backfill-" + size), "512m");
            AppProcess app = fleet.launch(FreePort.pick());
            Duration took;
            Duration cpu;
            try (app) {
                app.awaitReady(AppFleet.START_TIMEOUT);
                Instant start = Instant.now();
                // checked every 100 ms (the emulator counts live Leads without reading them): a check a second
                // added up to a second, half a second on average, to a two-minute backfill's wall time
                Deadline.await(size + " Leads in Salesforce", settings.backfillTimeout(), Duration.ofMillis(100),
                        () -> crms.salesforce().count("Lead") >= size ? Optional.of(true) : Optional.empty());
                took = Duration.between(start, Instant.now());
                cpu = app.cpuTime();
            }
            // read once the app has exited, so its last GC lines are flushed
            GcLogHeap heap = GcLogHeap.read(app.gcLog());
            return new BackfillResult(size, took, cpu, heap.peakUsedBytes(), heap.peakLiveBytes(),
                    crms.hubspotCalls().snapshot(), crms.hubspotCalls().foundNothingSnapshot(),
                    crms.hubspotCalls().refusedSnapshot(),
                    crms.salesforceCalls().snapshot());
        }
    }

    /**
     * The run's own app properties. Nothing polls the app's metrics during a run: heap peaks come from its GC log
     * ({@link GcLogHeap}), as a scrape twice a second cost up to 15% of the app's CPU (the inbox gauge counts the
     * backlog on every scrape).
     */
    private static Map<String, String> appProperties(BenchSettings settings) {
        return new LinkedHashMap<>(settings.appProperties());
    }

    /**
     * A backfill measures people, so touches and companies are polled at the app's defaults (30 s) as in a
     * deployment, not every second as the other proof runs do to converge fast: six more searches a second would
     * share HubSpot's 5-a-second search limit with the contact pages being measured. {@code --app.} options win.
     */
    private static Map<String, String> backfillProperties(BenchSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("connector.sync.touches.poll-interval", "30s");
        properties.put("connector.sync.company-poll-interval", "30s");
        properties.putAll(appProperties(settings));
        return properties;
    }

    private record Pending(String leadId, String title, long madeAtNanos) {
    }

    private LatencyResult webhookLatency(BenchSettings settings) {
        int port = FreePort.pick();
        CrmSetup setup = CrmSetup.realisticLimits().withLatency(settings.latency())
                .withWebhooksTo(URI.create("http://localhost:" + port + "/webhooks/hubspot"));
        try (ProofCrms crms = ProofCrms.start(setup);
             ProofDatabase database = ProofDatabase.h2File(settings.workDir().resolve("latency"))) {
            List<Long> contacts = new ArrayList<>();
            for (int i = 0; i < settings.changes(); i++) {
                contacts.add(crms.hubspot().create(ObjectType.CONTACTS, person(i, "latency")).id());
            }
            AppFleet fleet = new AppFleet(crms, database, appProperties(settings), settings.workDir().resolve("latency"),
                    "512m");
            try (AppProcess app = fleet.launch(port)) {
                app.awaitReady(AppFleet.START_TIMEOUT);
                Deadline.await("the latency run's people in Salesforce", settings.backfillTimeout(),
                        Duration.ofSeconds(1), () -> crms.salesforce().count("Lead") >= settings.changes()
                                ? Optional.of(true) : Optional.empty());
                Map<String, String> leadByEmail = new HashMap<>();
                crms.salesforce().list("Lead").forEach(lead -> leadByEmail.put(lead.get("Email"), lead.get("Id")));
                ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
                List<Duration> samples = Collections.synchronizedList(new ArrayList<>());
                Thread watcher = new Thread(() -> watch(crms, pending, samples), "latency-watcher");
                watcher.setDaemon(true);
                watcher.start();
                Paced.run(settings.changes(), settings.changesPerSecond(), i -> {
                    String title = "Latency " + i;
                    String email = crms.hubspot().update(ObjectType.CONTACTS, contacts.get(i),
                            Map.of("jobtitle", title)).property("email").orElseThrow();
                    pending.add(new Pending(leadByEmail.get(email), title, System.nanoTime()));
                });
                Paced.awaitArrival("changes", pending, Duration.ofMinutes(2), out);
                watcher.interrupt();
                return new LatencyResult(settings.changesPerSecond(), List.copyOf(samples), pending.size());
            }
        }
    }

    /** Checks every pending change every 10 ms and records its latency once Salesforce shows it. */
    private static void watch(ProofCrms crms, ConcurrentLinkedQueue<Pending> pending, List<Duration> samples) {
        while (!Thread.currentThread().isInterrupted()) {
            for (Pending change : pending) {
                String title = crms.salesforce().find(change.leadId()).map(lead -> lead.get("Title")).orElse(null);
                if (change.title().equals(title) && pending.remove(change)) {
                    samples.add(Duration.ofNanos(System.nanoTime() - change.madeAtNanos()));
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Map<String, String> person(int i, String run) {
        return Map.of("email", "person" + i + "@" + run + ".example", "firstname", "First" + i,
                "lastname", "Last" + i, "jobtitle", "Title 0", "company", "Company " + (i % 97));
    }
}
