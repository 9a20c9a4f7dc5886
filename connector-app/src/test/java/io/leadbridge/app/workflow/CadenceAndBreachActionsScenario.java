package io.leadbridge.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.persistence.JdbcAuditTrail;
import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.rules.RulesFile;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.core.workflow.cadence.CadenceRules;
import io.leadbridge.core.workflow.cadence.CadenceWorkflow;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cadences and SLA breach actions through the running app against both emulators: an MQL routed to an SDR gets
 * the cadence's day-1 task in Salesforce and the prospect's reply stops the cadence; a cadence that started days
 * ago (started while no instance ran, so the days have passed) puts every step's task and, after the unanswered
 * breakup email, moves the Lead to the nurture status once the app is back; and a missed speed-to-lead SLA puts
 * an overdue task for the SDR, reassigns the Lead (and its cadence) by round robin and tells the manager.
 * Touches are reported through the {@link TouchLogged} hook, where the touch drain reports the touches it reads
 * from the CRMs.
 */
abstract class CadenceAndBreachActionsScenario {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String ANNA = "anna@leadbridge-sales.example";
    private static final String BEN = "ben@leadbridge-sales.example";
    private static final String MIA = "mia.manager@leadbridge-sales.example";
    private static final String STATUSES_AND_TRIAGE = """
            version: 1
            statuses:
              - { stage: NEW,     hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Open - Not Contacted" }
              - { stage: MQL,     hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: "Working - Contacted" }
              - { stage: NURTURE, hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Closed - Not Converted" }
            qualification:
              scoring:
                - { id: senior-title, when: { title-contains: [VP] }, points: 60 }
              mql: { outbound-min-score: 60 }
            """;
    private static final String CADENCE_RULES = STATUSES_AND_TRIAGE + """
            routing:
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
            cadences:
              outbound:
                after-breakup: nurture
                wait-after-breakup: 3d
                steps:
                  - { day: 1, touches: [email] }
                  - { day: 3, touches: [email] }
                  - { day: 5, touches: [email] }
            """;
    private static final String BREACH_RULES = STATUSES_AND_TRIAGE + """
            routing:
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
                  - { owner: ben@leadbridge-sales.example }
            sla:
              first-touch: { within: 4s, remind-before: 2s, on-breach: [task, reassign, escalate] }
              escalate-to: mia.manager@leadbridge-sales.example
            cadences:
              outbound:
                steps:
                  - { day: 1, touches: [email] }
                  - { day: 3, touches: [email] }
            """;

    @TempDir
    Path directory;

    private EmulatedCrms crms;
    private TestDatabase database;
    private final Map<String, String> users = new HashMap<>();
    private final AtomicInteger touchIds = new AtomicInteger();

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
        for (String email : List.of(ANNA, BEN, MIA)) {
            String alias = email.substring(0, 3);
            users.put(email, crms.salesforce().create("User", Map.of("Username", email, "FirstName", alias,
                    "LastName", "Seller", "Email", email, "Alias", alias)));
        }
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }

    @Test
    void anMqlRoutedToAnSdrGetsTheCadencesFirstStepAsATaskAndTheProspectsReplyStopsTheCadence() throws IOException {
        try (RunningApp app = RunningApp.start(properties(CADENCE_RULES))) {
            PersonId kim = qualifiedContactAsLead(app, "kim@fjordline.example", "VP Sales", "Working - Contacted");
            String lead = leadOf(app, kim);

            await().atMost(PROPAGATION).until(() -> tasksOn(lead), tasks -> tasks.contains("Day 1: email | " + ANNA));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(cadenceTimers(app, kim)).containsExactly(
                    "CADENCE_STEP FIRED", "CADENCE_STEP PENDING", "CADENCE_STEP PENDING", "CADENCE_END PENDING"));
            assertThat(crms.salesforce().list("Task").stream().filter(t -> lead.equals(t.get("WhoId")))
                    .filter(t -> "Day 1: email".equals(t.get("Subject"))).findFirst().orElseThrow()
                    .get("Description")).startsWith("Step 1 of 3 of the outbound cadence: email.");

            app.bean(TouchLogged.class).onTouch(kim, touch(TouchDirection.INBOUND, Instant.now()));

            assertThat(cadenceTimers(app, kim)).containsExactly("CADENCE_STEP FIRED", "CADENCE_STEP STOPPED",
                    "CADENCE_STEP STOPPED", "CADENCE_END STOPPED");
            assertThat(app.jdbc().sql("SELECT outcome FROM cadence_run WHERE person_id = ?").param(kim.toString())
                    .query(String.class).single()).isEqualTo("REPLIED");
            assertThat(trail(app, kim, "CADENCE")).anyMatch(reason -> reason.startsWith(
                    "Cadence outbound stopped: the prospect replied (email) after 0 of 3 steps"));
        }
    }

    @Test
    void aCadenceThatStartedDaysAgoPutsEveryStepsTaskAndMovesTheLeadToNurtureAfterTheUnansweredBreakup()
            throws IOException {
        PersonId noor;
        String lead;
        try (RunningApp app = RunningApp.start(properties(CADENCE_RULES))) {
            noor = qualifiedContactAsLead(app, "noor@fjordline.example", "Intern", "Open - Not Contacted");
            lead = leadOf(app, noor);
        }

        Instant started = Instant.now().minus(Duration.ofDays(7)).minus(Duration.ofHours(1));
        CadenceWorkflow offline = offlineCadence();
        offline.start(noor, ANNA, started);
        for (int day : List.of(0, 2, 4)) {
            offline.onTouch(noor, touch(TouchDirection.OUTBOUND, started.plus(Duration.ofDays(day))
                    .plus(Duration.ofMinutes(10))));
        }

        try (RunningApp app = RunningApp.start(properties(CADENCE_RULES))) {
            await().atMost(PROPAGATION).until(() -> leadStatus(lead), status -> status.equals(
                    Optional.of("Closed - Not Converted")));

            assertThat(tasksOn(lead)).containsExactlyInAnyOrder("Day 1: email | " + ANNA, "Day 3: email | " + ANNA,
                    "Day 5: email (breakup) | " + ANNA);
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(cadenceTimers(app, noor)).containsOnly("CADENCE_STEP FIRED", "CADENCE_END FIRED");
                assertThat(app.jdbc().sql("SELECT outcome FROM cadence_run WHERE person_id = ?")
                        .param(noor.toString()).query(String.class).single()).isEqualTo("FINISHED_WITHOUT_REPLY");
                assertThat(app.jdbc().sql("SELECT to_stage, cause FROM funnel_transition WHERE person_id = ?")
                        .param(noor.toString()).query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
                        .containsExactly("NURTURE cadences.outbound");
            });
            assertThat(trail(app, noor, "CADENCE")).anyMatch(reason -> reason.startsWith(
                    "Cadence outbound finished without a reply: 3 steps made, nothing back within 3 days"));
        }
    }

    @Test
    void aMissedSpeedToLeadSlaPutsAnOverdueTaskForTheSdrReassignsTheLeadWithItsCadenceAndTellsTheManager()
            throws IOException {
        try (RunningApp app = RunningApp.start(properties(BREACH_RULES))) {
            PersonId kim = qualifiedContactAsLead(app, "kim@fjordline.example", "VP Sales", "Working - Contacted");
            String lead = leadOf(app, kim);

            await().atMost(PROPAGATION).until(() -> leadOwner(lead), owner -> owner.equals(
                    Optional.of(users.get(BEN))));

            await().atMost(PROPAGATION).until(() -> tasksOn(lead), tasks -> tasks.size() == 4);
            assertThat(tasksOn(lead)).contains("Day 1: email | " + ANNA,
                    "Overdue: first touch of this new MQL | " + ANNA,
                    "Leadbridge: SLA missed by " + ANNA + " | " + MIA)
                    .anyMatch(task -> task.startsWith("Reminder: first touch of this new MQL due by ")
                            && task.endsWith(" | " + ANNA));
            assertThat(trail(app, kim, "ROUTING")).first().asString()
                    .startsWith("SLA missed: first touch within the speed-to-lead time after MQL (4 seconds) ran out")
                    .contains("routed again without " + ANNA);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT owner_email FROM cadence_run WHERE person_id = ?").param(kim.toString())
                    .query(String.class).single()).as("the cadence's day-3 task goes to the new owner").isEqualTo(BEN));
            assertThat(app.jdbc().sql("SELECT result, owner_email FROM sla_event WHERE person_id = ?")
                    .param(kim.toString()).query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
                    .containsExactly("BREACHED " + ANNA);
        }
    }

    private Map<String, String> properties(String rules) throws IOException {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), rules));
        properties.put("connector.workflow.timer-interval", "100ms");
        properties.put("connector.workflow.command-interval", "200ms");
        return properties;
    }

    private PersonId qualifiedContactAsLead(RunningApp app, String email, String title, String status) {
        long contact = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", email, "firstname", "Kim",
                "lastname", "Example", "jobtitle", title, "company", "Fjordline AS")).id();
        await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(l -> email.equals(l.get("Email")) && status.equals(l.get("Status"))).findFirst(),
                Optional::isPresent);
        return PersonId.parse(app.jdbc().sql("SELECT person_id FROM id_map WHERE system = 'HUBSPOT' AND record_id = ?")
                .param(String.valueOf(contact)).query(String.class).single());
    }

    /** The app links the Lead once Salesforce has answered its create, a moment after the Lead is visible there. */
    private static String leadOf(RunningApp app, PersonId person) {
        return await().atMost(PROPAGATION).until(() -> app.jdbc()
                .sql("SELECT record_id FROM id_map WHERE system = 'SALESFORCE' AND person_id = ?")
                .param(person.toString()).query(String.class).optional(), Optional::isPresent).orElseThrow();
    }

    private List<String> tasksOn(String lead) {
        Map<String, String> emailById = new HashMap<>();
        users.forEach((email, id) -> emailById.put(id, email));
        return crms.salesforce().list("Task").stream().filter(task -> lead.equals(task.get("WhoId")))
                .map(task -> task.get("Subject") + " | " + emailById.getOrDefault(task.get("OwnerId"),
                        task.get("OwnerId")))
                .toList();
    }

    private Optional<String> leadStatus(String lead) {
        return crms.salesforce().list("Lead").stream().filter(l -> lead.equals(l.get("Id")))
                .map(l -> l.get("Status")).findFirst();
    }

    private Optional<String> leadOwner(String lead) {
        return crms.salesforce().list("Lead").stream().filter(l -> lead.equals(l.get("Id")))
                .map(l -> l.get("OwnerId")).findFirst();
    }

    private Touch touch(TouchDirection direction, Instant at) {
        return new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T0000000000" + (10 + touchIds
                .incrementAndGet())), TouchChannel.EMAIL, direction, at, ANNA, "Fjordline and Leadbridge", "",
                Optional.empty(), Optional.empty());
    }

    private CadenceWorkflow offlineCadence() throws IOException {
        Map<String, String> p = database.springProperties();
        DataSource dataSource = new DriverManagerDataSource(p.get("spring.datasource.url"),
                p.get("spring.datasource.username"), p.get("spring.datasource.password"));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CadenceRules rules = RulesFile.read(CADENCE_RULES, "rules.yml", Instant.now()).section(CadenceRules.class);
        return new CadenceWorkflow(() -> rules, new JdbcCadenceStore(jdbc), new JdbcTimerStore(jdbc),
                new JdbcAuditTrail(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))),
                Clock.systemUTC());
    }

    private static List<String> cadenceTimers(RunningApp app, PersonId person) {
        return app.jdbc().sql("SELECT purpose, status FROM workflow_timer WHERE person_id = ? AND sla_kind = 'CADENCE' "
                        + "ORDER BY due_at")
                .param(person.toString())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list();
    }

    private static List<String> trail(RunningApp app, PersonId person, String kind) {
        return app.jdbc().sql("SELECT reason FROM audit_entry WHERE person_id = ? AND kind = ? ORDER BY id DESC")
                .params(person.toString(), kind).query(String.class).list();
    }
}
