package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.FreePort;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Touch latency: SDR emails logged in HubSpot at a steady rate, each timed until Salesforce shows the Task that
 * mirrors it. HubSpot sends no webhook for engagements, so this is the polling path: the touch poller reads new
 * engagements every {@value #POLL_INTERVAL}, the touch drain mirrors them.
 */
final class TouchLatencyRun {

    /** The touch poll interval the run sets (the default is 30 s). */
    static final String POLL_INTERVAL = "1s";
    /** People the touches are spread over. */
    private static final int PEOPLE = 100;
    private static final String SUBJECT = "Bench touch ";

    private final PrintStream out;

    TouchLatencyRun(PrintStream out) {
        this.out = out;
    }

    LatencyResult run(BenchSettings settings, Map<String, String> appProperties) {
        try (ProofCrms crms = ProofCrms.start(CrmSetup.realisticLimits().withLatency(settings.latency()));
             ProofDatabase database = ProofDatabase.h2File(settings.workDir().resolve("touches"))) {
            List<Long> contacts = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                contacts.add(crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "person" + i
                        + "@touches.example", "firstname", "First" + i, "lastname", "Last" + i,
                        "company", "Company " + i)).id());
            }
            Map<String, String> properties = new LinkedHashMap<>(appProperties);
            properties.put("connector.sync.touches.poll-interval", POLL_INTERVAL);
            AppFleet fleet = new AppFleet(crms, database, properties, settings.workDir().resolve("touches"), "512m");
            try (AppProcess app = fleet.launch(FreePort.pick())) {
                app.awaitReady(AppFleet.START_TIMEOUT);
                Deadline.await("the touch run's people in Salesforce", settings.backfillTimeout(),
                        Duration.ofSeconds(1), () -> crms.salesforce().count("Lead") >= PEOPLE
                                ? Optional.of(true) : Optional.empty());
                Map<String, Long> pending = new ConcurrentHashMap<>();
                List<Duration> samples = Collections.synchronizedList(new ArrayList<>());
                Thread watcher = Paced.watcher("touch-watcher", 50, () -> check(crms, pending, samples));
                Paced.run(settings.touches(), settings.touchesPerSecond(), i -> {
                    String subject = SUBJECT + i;
                    pending.put("Email: " + subject, System.nanoTime());
                    crms.hubspot().createOn(ObjectType.EMAILS, Map.of("hs_timestamp", Instant.now().toString(),
                            "hs_email_subject", subject, "hs_email_text", "Following up, step " + i,
                            "hs_email_direction", "EMAIL", "hs_email_status", "SENT", "hs_email_headers",
                            "{\"from\":{\"email\":\"sdr@bench.example\"},\"to\":[{\"email\":\"person" + i % PEOPLE
                                    + "@touches.example\"}]}"), ObjectType.CONTACTS, contacts.get(i % PEOPLE));
                });
                Paced.awaitArrival("touches", pending.keySet(), Duration.ofMinutes(5), out);
                watcher.interrupt();
                return new LatencyResult(settings.touchesPerSecond(), List.copyOf(samples), pending.size());
            }
        }
    }

    /** Lists Salesforce's Tasks (every 50 ms) and records each timed touch's latency once its Task is there. */
    private static void check(ProofCrms crms, Map<String, Long> pending, List<Duration> samples) {
        List<Map<String, String>> tasks = crms.salesforce().list("Task");
        long seenAt = System.nanoTime();
        tasks.forEach(task -> Paced.seen(pending, task.getOrDefault("Subject", ""), seenAt, samples));
    }
}
