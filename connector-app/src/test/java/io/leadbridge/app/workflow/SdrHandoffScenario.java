package io.leadbridge.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.AdminApi;
import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.workflow.handoff.HandoffNote;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's end-to-end scenario through the running app against both emulators: a HubSpot contact becomes an MQL
 * and appears in Salesforce as a Lead routed to the SDR with the speed-to-lead clock running; the SDR's call logged
 * in Salesforce appears in HubSpot (call engagement and SDR-context note) and stops the clock; the contact reaches
 * SQL and the Lead gets the handoff note and the AE as owner with the AE-acceptance clock running; the AE rejects in
 * Salesforce (Lead status and reason) and the person is recycled: back to the SDR in Salesforce, lifecycle stage
 * moved back and a note with the reason in HubSpot, the reject in the funnel ledger and the audit trail. An AE may
 * also accept in HubSpot, with the contact's lead status.
 */
abstract class SdrHandoffScenario extends EmulatorScenario {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String KIM = "kim@fjordline.example";
    private static final String ANNA = "anna@leadbridge-sales.example";
    private static final String ALEX = "alex@leadbridge-sales.example";
    private static final String REASON = "No budget before Q3; ask again in June";
    private static final String RULES = """
            version: 1
            statuses:
              - { stage: NEW,     hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Open - Not Contacted" }
              - { stage: WORKING, hubspot-lifecycle-stage: lead, hubspot-lead-status: IN_PROGRESS, salesforce-lead-status: "Working - Contacted" }
              - { stage: MQL,     hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: "Working - Contacted" }
              - { stage: SQL,     hubspot-lifecycle-stage: salesqualifiedlead,     salesforce-lead-status: "Working - Contacted" }
              - { stage: SAL,     hubspot-lifecycle-stage: opportunity,            salesforce-lead-status: "Closed - Converted" }
            qualification:
              scoring:
                - { id: senior-title, when: { title-contains: [VP] }, points: 60 }
                - { id: nordics, when: { country: [Norway] }, points: 40 }
              mql: { outbound-min-score: 60 }
              sql: { min-score: 100 }
            routing:
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
                ae:
                  - { owner: alex@leadbridge-sales.example }
            sla:
              first-touch: { within: 30m, remind-before: 10m, on-breach: [task] }
              ae-acceptance: { within: 4h, remind-before: 1h, on-breach: [task] }
            handoff:
              ae-team: ae
              accept-statuses: [Closed - Converted]
              reject-statuses: [Closed - Not Converted]
              reject-reason-field: Description
              hubspot:
                accept-statuses: [OPEN_DEAL]
            recycle:
              to: working
              flag-after-rejections: 1
            """;

    @TempDir
    Path directory;

    @Test
    void anMqlWorkedBySdrReachesSqlIsHandedToTheAeAndTheAesRejectionRecyclesThePersonInHubSpot() throws IOException {
        String anna = user(ANNA, "anna");
        String alex = user(ALEX, "alex");

        try (RunningApp app = RunningApp.start(appProperties())) {
            long contact = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Example", "jobtitle", "VP Sales", "company", "Fjordline AS")).id();
            String leadId = await().atMost(PROPAGATION).until(() -> lead(KIM).filter(l ->
                            "Working - Contacted".equals(l.get("Status")) && anna.equals(l.get("OwnerId")))
                    .map(l -> l.get("Id")), Optional::isPresent).orElseThrow();
            PersonId kim = personOf(app, contact);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(timers(app, kim))
                    .as("the speed-to-lead clock runs for the SDR")
                    .containsExactly("FIRST_TOUCH PENDING " + ANNA, "FIRST_TOUCH PENDING " + ANNA));

            crms.salesforce().create("Task", Map.of("WhoId", leadId, "OwnerId", anna, "Subject", "Intro call",
                    "TaskSubtype", "Call", "Status", "Completed", "Description", "Kim wants a demo",
                    "CallDisposition", "Connected", "ActivityDate", "2026-11-25"));
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(engagementsOn(ObjectType.CALLS, contact)).singleElement().satisfies(call ->
                        assertThat(call.property("hs_call_body").orElseThrow()).contains("Kim wants a demo"));
                assertThat(notesOn(contact)).anySatisfy(body -> assertThat(body).startsWith(SdrContextNote.TITLE)
                        .contains("Touches: 1 (1 call)"));
                assertThat(slaEvents(app, kim)).containsExactly("FIRST_TOUCH MET " + ANNA);
            });

            crms.hubspot().update(ObjectType.CONTACTS, contact, Map.of("country", "Norway"));
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(lead(KIM).orElseThrow().get("OwnerId")).as("the AE owns the Lead").isEqualTo(alex);
                assertThat(tasksOn(leadId)).filteredOn(t -> HandoffNote.TITLE.equals(t.get("Subject")))
                        .singleElement().satisfies(note -> assertThat(note.get("Description"))
                                .contains("SDR: " + ANNA + " -> AE: " + ALEX, "Score: 100",
                                        "+40 nordics", "Touch history: 1 touch (1 call)", "Time to first touch:"));
            });
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(timers(app, kim))
                    .as("the AE-acceptance clock runs for the AE").contains("AE_ACCEPTANCE PENDING " + ALEX));

            crms.salesforce().update(leadId, Map.of("Status", "Closed - Not Converted", "Description", REASON));
            await().atMost(PROPAGATION).untilAsserted(() -> {
                HubSpotRecord recycled = crms.hubspot().record(ObjectType.CONTACTS, contact).orElseThrow();
                assertThat(recycled.property("lifecyclestage")).as("moved back with clear-then-set").contains("lead");
                assertThat(recycled.property("hs_lead_status")).contains("IN_PROGRESS");
                assertThat(notesOn(contact)).anySatisfy(body -> assertThat(body)
                        .startsWith("Leadbridge: AE rejected the handoff").contains("Rejected by " + ALEX + ": "
                                + REASON, "reject loop"));
                Map<String, String> lead = lead(KIM).orElseThrow();
                assertThat(lead.get("OwnerId")).as("back to the SDR").isEqualTo(anna);
                assertThat(lead.get("Status")).isEqualTo("Working - Contacted");
            });
            assertThat(app.jdbc().sql("""
                    SELECT from_stage, to_stage, sdr_email, ae_email FROM funnel_transition WHERE person_id = ?
                    ORDER BY id""").param(kim.toString())
                    .query((rs, row) -> rs.getString(1) + ">" + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4)).list())
                    .containsExactly("NEW>MQL " + ANNA + " null", "MQL>SQL " + ANNA + " " + ALEX,
                            "SQL>WORKING " + ANNA + " " + ALEX);
            assertThat(app.jdbc().sql("""
                    SELECT reason FROM audit_entry WHERE person_id = ? AND kind = 'HANDOFF' AND rule_id = 'recycle'""")
                    .param(kim.toString()).query(String.class).list())
                    .singleElement().asString().startsWith("Rejected by " + ALEX + ": " + REASON);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(new AdminApi(app).get("/api/funnel").body())
                    .as("the reject loop is visible").contains("\"rejectLoops\":[{", kim.toString(), REASON));
            assertThat(slaEvents(app, kim)).contains("AE_ACCEPTANCE MET " + ALEX);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM workflow_command WHERE parked_at IS NOT NULL")
                    .query(Long.class).single()).as("no command refused").isZero();
        }
    }

    @Test
    void theAesAcceptGivenInHubSpotMakesThePersonSalInBothCrmsAndStopsTheAcceptanceClock() throws IOException {
        String anna = user(ANNA, "anna");
        user(ALEX, "alex");

        try (RunningApp app = RunningApp.start(appProperties())) {
            long contact = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Example", "jobtitle", "VP Sales", "company", "Fjordline AS", "country", "Norway"))
                    .id();
            String leadId = await().atMost(PROPAGATION).until(() -> lead(KIM).filter(l -> tasksOn(l.get("Id"))
                            .stream().anyMatch(t -> HandoffNote.TITLE.equals(t.get("Subject"))))
                    .map(l -> l.get("Id")), Optional::isPresent).orElseThrow();
            PersonId kim = personOf(app, contact);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(timers(app, kim))
                    .contains("AE_ACCEPTANCE PENDING " + ALEX));

            crms.hubspot().update(ObjectType.CONTACTS, contact, Map.of("hs_lead_status", "OPEN_DEAL"));
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(crms.hubspot().record(ObjectType.CONTACTS, contact).orElseThrow()
                        .property("lifecyclestage")).contains("opportunity");
                assertThat(lead(KIM).orElseThrow().get("Status")).isEqualTo("Closed - Converted");
                assertThat(slaEvents(app, kim)).contains("AE_ACCEPTANCE MET " + ALEX);
            });
            assertThat(app.jdbc().sql("SELECT from_stage, to_stage FROM funnel_transition WHERE person_id = ?"
                            + " ORDER BY id").param(kim.toString())
                    .query((rs, row) -> rs.getString(1) + ">" + rs.getString(2)).list())
                    .as("routed straight to SQL by the SDR team, then accepted")
                    .containsExactly("NEW>SQL", "SQL>SAL");
            assertThat(lead(KIM).orElseThrow().get("OwnerId")).as("the AE keeps the Lead").isNotEqualTo(anna);
        }
    }

    private String user(String email, String alias) {
        return crms.salesforce().create("User", Map.of("Username", email, "FirstName", alias, "LastName", "Seller",
                "Email", email, "Alias", alias));
    }

    private Map<String, String> appProperties() throws IOException {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), RULES));
        properties.put("connector.workflow.command-interval", "200ms");
        properties.put("connector.sync.touches.poll-interval", "1s");
        properties.put("connector.sync.touches.wait-interval", "300ms");
        return properties;
    }

    private Optional<Map<String, String>> lead(String email) {
        return crms.salesforce().list("Lead").stream().filter(l -> email.equals(l.get("Email"))).findFirst();
    }

    private List<Map<String, String>> tasksOn(String leadId) {
        return crms.salesforce().list("Task").stream().filter(t -> leadId.equals(t.get("WhoId"))).toList();
    }

    private List<HubSpotRecord> engagementsOn(ObjectType type, long contactId) {
        return crms.hubspot().records(type).stream()
                .filter(r -> crms.hubspot().associatedIds(type, r.id(), ObjectType.CONTACTS).contains(contactId))
                .toList();
    }

    private List<String> notesOn(long contactId) {
        return engagementsOn(ObjectType.NOTES, contactId).stream()
                .map(note -> note.property("hs_note_body").orElse("")).toList();
    }

    private static PersonId personOf(RunningApp app, long contact) {
        return PersonId.parse(app.jdbc().sql("SELECT person_id FROM id_map WHERE system = 'HUBSPOT' AND record_id = ?")
                .param(String.valueOf(contact)).query(String.class).single());
    }

    private static List<String> timers(RunningApp app, PersonId person) {
        return app.jdbc().sql("SELECT sla_kind, status, owner_email FROM workflow_timer WHERE person_id = ? "
                        + "ORDER BY due_at")
                .param(person.toString())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private static List<String> slaEvents(RunningApp app, PersonId person) {
        return app.jdbc().sql("SELECT sla_kind, result, owner_email FROM sla_event WHERE person_id = ? ORDER BY id")
                .param(person.toString())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }
}
