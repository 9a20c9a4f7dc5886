package io.leadbridge.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.AdminApi;
import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed-to-lead part of the SDR workflow through the running app against both emulators: a HubSpot contact
 * that becomes an MQL appears in Salesforce as a Lead owned by the routed SDR, the funnel ledger records the move
 * with that SDR and the SLA clock runs (its timers PENDING); the SDR's first outbound touch stops the clock and
 * records the time to first touch. The touch is reported through the {@link TouchLogged} hook directly, since the
 * touch pipeline that will call it is not wired into the app yet.
 */
abstract class SpeedToLeadScenario {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);
    private static final String ANNA = "anna@leadbridge-sales.example";
    private static final String RULES = """
            version: 1
            statuses:
              - { stage: NEW, hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Open - Not Contacted" }
              - { stage: MQL, hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: "Working - Contacted" }
            qualification:
              scoring:
                - { id: senior-title, when: { title-contains: [VP] }, points: 60 }
              mql: { outbound-min-score: 60 }
            routing:
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
            sla:
              first-touch: { within: 30m, remind-before: 10m, on-breach: [task] }
            """;

    @TempDir
    Path directory;

    private EmulatedCrms crms;
    private TestDatabase database;
    private String anna;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
        anna = crms.salesforce().create("User", Map.of("Username", ANNA, "FirstName", "Anna", "LastName", "Seller",
                "Email", ANNA, "Alias", "anna"));
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }

    @Test
    void anMqlRoutedToAnSdrRunsTheSpeedToLeadClockUntilTheSdrsFirstOutboundTouch() throws IOException {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), RULES));

        try (RunningApp app = RunningApp.start(properties)) {
            PersonId kim = mqlRoutedToAnna(app);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(timers(app, kim))
                    .as("reminder and breach of the speed-to-lead clock, started just after the Lead was written")
                    .containsExactly("FIRST_TOUCH PENDING " + ANNA, "FIRST_TOUCH PENDING " + ANNA));
            assertThat(app.jdbc().sql("""
                    SELECT from_stage, to_stage, cause, sdr_email FROM funnel_transition WHERE person_id = ?""")
                    .param(kim.toString())
                    .query((rs, row) -> rs.getString(1) + ">" + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4)).list())
                    .containsExactly("NEW>MQL qualification.mql " + ANNA);

            Instant firstTouch = Instant.now();
            app.bean(TouchLogged.class).onTouch(kim, new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task",
                    "00T000000000001"), TouchChannel.EMAIL, TouchDirection.OUTBOUND, firstTouch, ANNA,
                    "Fjordline and Leadbridge", "", Optional.empty(), Optional.of(1)));

            assertThat(timers(app, kim)).containsExactly("FIRST_TOUCH STOPPED " + ANNA, "FIRST_TOUCH STOPPED " + ANNA);
            assertThat(app.jdbc().sql("SELECT sla_kind, result, owner_email FROM sla_event WHERE person_id = ?")
                    .param(kim.toString())
                    .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
                    .containsExactly("FIRST_TOUCH MET " + ANNA);
            assertThat(app.jdbc().sql("SELECT reason FROM audit_entry WHERE person_id = ? AND kind = 'SLA' ORDER BY id")
                    .param(kim.toString()).query(String.class).list())
                    .hasSize(2)
                    .first().asString().startsWith("Speed-to-lead clock started for " + ANNA);
        }
    }

    @Test
    void theWorkflowsCommandsReachTheSalesforceLeadInOrderAndARefusedOneIsParkedUntilAnAdminDismissesIt()
            throws IOException {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), RULES));
        properties.put("connector.workflow.command-interval", "200ms");

        try (RunningApp app = RunningApp.start(properties)) {
            PersonId kim = mqlRoutedToAnna(app);
            String leadId = app.jdbc().sql("SELECT record_id FROM id_map WHERE system = 'SALESFORCE' AND person_id = ?")
                    .param(kim.toString()).query(String.class).single();
            JdbcWorkflowCommandOutbox outbox = app.bean(JdbcWorkflowCommandOutbox.class);

            outbox.perform("scenario-handoff", List.of(
                    new WorkflowCommand.WriteNote(kim, "Leadbridge handoff", "BANT\n- Budget: approved"),
                    new WorkflowCommand.CreateTask(kim, ANNA, "Follow up with Kim", "SLA reminder", Instant.now()),
                    new WorkflowCommand.AssignOwner(kim, "nobody@leadbridge-sales.example", "handed off"),
                    new WorkflowCommand.SetStage(kim, FunnelStage.MQL, FunnelStage.NEW, "recycled")));

            await().atMost(PROPAGATION).until(() -> commandStates(app), states -> states.equals(
                    List.of("0 done", "1 done", "2 parked OWNER_NOT_FOUND", "3 pending")));
            List<Map<String, String>> tasks = crms.salesforce().list("Task").stream()
                    .filter(task -> leadId.equals(task.get("WhoId"))).toList();
            assertThat(tasks).extracting(task -> task.get("Subject") + " | " + task.get("Status"))
                    .containsExactlyInAnyOrder("Leadbridge handoff | Completed", "Follow up with Kim | Not Started");
            assertThat(tasks).allSatisfy(task -> assertThat(task.get("Description")).contains("Leadbridge key: lb1-"));
            assertThat(tasks).filteredOn(task -> "Not Started".equals(task.get("Status")))
                    .extracting(task -> task.get("OwnerId")).containsExactly(anna);
            AdminApi api = new AdminApi(app);
            AdminApi.Answer parked = api.get("/api/workflow/commands/parked");
            assertThat(parked.body()).contains("\"type\":\"AssignOwner\"", "\"code\":\"OWNER_NOT_FOUND\"",
                    "nobody@leadbridge-sales.example");

            assertThat(api.post("/api/workflow/commands/dismiss?batch=scenario-handoff&position=2", "").status())
                    .isEqualTo(200);
            assertThat(api.post("/api/workflow/commands/dismiss?batch=scenario-handoff&position=2", "").status())
                    .isEqualTo(404);

            await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                    .filter(lead -> leadId.equals(lead.get("Id"))).map(lead -> lead.get("Status")).findFirst(),
                    status -> status.equals(Optional.of("Open - Not Contacted")));
            assertThat(commandStates(app)).containsExactly("0 done", "1 done", "2 dismissed OWNER_NOT_FOUND",
                    "3 done");
        }
    }

    private PersonId mqlRoutedToAnna(RunningApp app) {
        long contact = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example",
                "firstname", "Kim", "lastname", "Example", "jobtitle", "VP Sales", "company", "Fjordline AS")).id();
        Map<String, String> lead = await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                        .filter(l -> "kim@fjordline.example".equals(l.get("Email"))
                                && "Working - Contacted".equals(l.get("Status"))).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(lead.get("OwnerId")).isEqualTo(anna);
        return PersonId.parse(app.jdbc().sql("SELECT person_id FROM id_map WHERE system = 'HUBSPOT' AND record_id = ?")
                .param(String.valueOf(contact)).query(String.class).single());
    }

    private static List<String> commandStates(RunningApp app) {
        return app.jdbc().sql("""
                SELECT position, done_at, parked_at, dismissed_at, failure_code FROM workflow_command
                WHERE batch_key = 'scenario-handoff' ORDER BY position""")
                .query((rs, row) -> rs.getInt("position") + " " + (rs.getObject("done_at") != null ? "done"
                        : rs.getObject("dismissed_at") != null ? "dismissed " + rs.getString("failure_code")
                        : rs.getObject("parked_at") != null ? "parked " + rs.getString("failure_code") : "pending"))
                .list();
    }

    private static List<String> timers(RunningApp app, PersonId person) {
        return app.jdbc().sql("SELECT sla_kind, status, owner_email FROM workflow_timer WHERE person_id = ? "
                        + "ORDER BY due_at")
                .param(person.toString())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }
}
