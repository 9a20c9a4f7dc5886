package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.FreePort;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Touch latency on the webhook path (ADR 0029): SDR calls and emails logged as Salesforce Tasks at a steady rate on
 * people already linked, each timed until the person's HubSpot SDR-context note counts it. Salesforce announces each
 * Task by Outbound Messaging; the app's touch poller runs only every {@value #POLL_INTERVAL}, so it plays no part.
 * The k-th Task logged on a person has arrived once that person's note says {@code Touches: k} or more.
 *
 * <p>Run for the {@code webhook} path, one untimed Task per person first creates each person's note, and the timed
 * Tasks start once the warm-up's calls have left HubSpot's 10-second request window: the path of a person already
 * touched. Run for {@code webhook-first}, there is no warm-up: the first timed Task on each person also creates their
 * note in both CRMs, so 100 first touches come in the run's first two seconds (the notes of one drain are created in
 * one batch call per CRM).
 */
final class TouchWebhookLatencyRun {

    /** The touch poll interval the run sets: longer than the run, so every touch comes by outbound message. */
    static final String POLL_INTERVAL = "1h";
    /** People the touches are spread over. */
    private static final int PEOPLE = 100;
    private static final Pattern TOUCH_COUNT = Pattern.compile("^Touches: (\\d+)", Pattern.MULTILINE);
    private static final String NOTE_TITLE = "SDR context";
    /** HubSpot's rolling request window: the warm-up's note creates are out of it before the timed Tasks start. */
    private static final Duration HUBSPOT_WINDOW = Duration.ofSeconds(10);

    private final PrintStream out;
    private final boolean firstTouches;

    /** @param firstTouches no warm-up: the first timed touch on each person also creates their note */
    TouchWebhookLatencyRun(PrintStream out, boolean firstTouches) {
        this.out = out;
        this.firstTouches = firstTouches;
    }

    LatencyResult run(BenchSettings settings, Map<String, String> appProperties) {
        int port = FreePort.pick();
        CrmSetup setup = CrmSetup.realisticLimits().withLatency(settings.latency())
                .withSalesforceOutboundTo(URI.create("http://localhost:" + port + "/webhooks/salesforce"));
        try (ProofCrms crms = ProofCrms.start(setup);
             ProofDatabase database = ProofDatabase.h2File(settings.workDir().resolve(workName()))) {
            List<Long> contacts = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                contacts.add(crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", email(i), "firstname",
                        "First" + i, "lastname", "Last" + i, "company", "Company " + i)).id());
            }
            Map<String, String> properties = new LinkedHashMap<>(appProperties);
            properties.put("connector.sync.touches.poll-interval", POLL_INTERVAL);
            AppFleet fleet = new AppFleet(crms, database, properties, settings.workDir().resolve(workName()),
                    "512m");
            try (AppProcess app = fleet.launch(port)) {
                app.awaitReady(AppFleet.START_TIMEOUT);
                Deadline.await("the touch run's people in Salesforce", settings.backfillTimeout(),
                        Duration.ofSeconds(1), () -> crms.salesforce().count("Lead") >= PEOPLE
                                ? Optional.of(true) : Optional.empty());
                Map<String, String> leadByEmail = new HashMap<>();
                crms.salesforce().list("Lead").forEach(lead -> leadByEmail.put(lead.get("Email"), lead.get("Id")));
                Map<Long, Integer> personOfContact = new HashMap<>();
                for (int p = 0; p < PEOPLE; p++) {
                    personOfContact.put(contacts.get(p), p);
                }
                String today = LocalDate.now(ZoneOffset.UTC).toString();
                Map<Long, Integer> personOfNote = new ConcurrentHashMap<>();
                if (!firstTouches) {
                    for (int person = 0; person < PEOPLE; person++) {
                        logTask(crms, leadByEmail.get(email(person)), "Warm-up " + person, "Call", today);
                    }
                    Deadline.await("every person's SDR-context note in HubSpot", Duration.ofMinutes(5),
                            Duration.ofSeconds(1), () -> touchCounts(crms, personOfContact, personOfNote).size()
                                    >= PEOPLE ? Optional.of(true) : Optional.empty());
                    Deadline.pause(HUBSPOT_WINDOW);
                }
                Map<String, Long> pending = new ConcurrentHashMap<>();
                List<Duration> samples = Collections.synchronizedList(new ArrayList<>());
                Thread watcher = Paced.watcher("touch-webhook-watcher", 50,
                        () -> check(crms, personOfContact, personOfNote, pending, samples));
                int[] logged = new int[PEOPLE];
                Arrays.fill(logged, firstTouches ? 0 : 1);
                Paced.run(settings.touches(), settings.touchesPerSecond(), i -> {
                    int person = i % PEOPLE;
                    logged[person]++;
                    pending.put(person + "#" + logged[person], System.nanoTime());
                    logTask(crms, leadByEmail.get(email(person)), "Bench touch " + i, i % 2 == 0 ? "Call" : "Email",
                            today);
                });
                Paced.awaitArrival("webhook touches", pending.keySet(), Duration.ofMinutes(5), out);
                watcher.interrupt();
                return new LatencyResult(settings.touchesPerSecond(), List.copyOf(samples), pending.size());
            }
        }
    }

    private String workName() {
        return firstTouches ? "touch-webhooks-first" : "touch-webhooks";
    }

    private static void logTask(ProofCrms crms, String leadId, String subject, String subtype, String today) {
        crms.salesforce().create("Task", Map.of("WhoId", leadId, "Subject", subject, "TaskSubtype", subtype,
                "Status", "Completed", "ActivityDate", today, "Description", "Cadence step: " + subject));
    }

    /**
     * Reads HubSpot's notes (every 50 ms); once a person's SDR-context note counts k touches, the first k Tasks
     * logged on them have arrived.
     */
    private static void check(ProofCrms crms, Map<Long, Integer> personOfContact, Map<Long, Integer> personOfNote,
                              Map<String, Long> pending, List<Duration> samples) {
        Map<Integer, Integer> counts = touchCounts(crms, personOfContact, personOfNote);
        long seenAt = System.nanoTime();
        counts.forEach((person, count) -> {
            for (int k = 1; k <= count; k++) {
                Paced.seen(pending, person + "#" + k, seenAt, samples);
            }
        });
    }

    /** The touch count each person's HubSpot SDR-context note shows, for the people who have one. */
    private static Map<Integer, Integer> touchCounts(ProofCrms crms, Map<Long, Integer> personOfContact,
                                                     Map<Long, Integer> personOfNote) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (HubSpotRecord note : crms.hubspot().records(ObjectType.NOTES)) {
            String body = note.property("hs_note_body").orElse("");
            Matcher count = TOUCH_COUNT.matcher(body);
            if (!body.startsWith(NOTE_TITLE) || !count.find()) {
                continue;
            }
            Integer person = personOfNote.computeIfAbsent(note.id(), id -> crms.hubspot()
                    .associatedIds(ObjectType.NOTES, id, ObjectType.CONTACTS).stream()
                    .map(personOfContact::get).filter(p -> p != null).findFirst().orElse(null));
            if (person != null) {
                counts.merge(person, Integer.parseInt(count.group(1)), Math::max);
            }
        }
        return counts;
    }

    private static String email(int person) {
        return "person" + person + "@touch-webhooks.example";
    }
}
