package io.leadbridge.app.touch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.AdminApi;
import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Touch mirroring through the running app against both emulators: an SDR email logged in HubSpot becomes one Task
 * on the Salesforce Lead, a call logged as a Salesforce Task one call on the HubSpot contact, each person carries
 * one SDR-context note per CRM with the right count, and rereading everything (the inbox and the watermarks lost)
 * writes nothing more, and a mirror Salesforce refuses waits in the error queue until an admin's retry writes it.
 * Activities are counted in the emulators.
 */
abstract class TouchMirroringScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";
    static final String NOOR = "noor.haddad@cedarworks.example";
    static final String SDR = "sam.sdr@leadbridge.example";

    Map<String, String> appProperties() {
        Map<String, String> p = new HashMap<>(crms.appProperties(database));
        p.put("connector.sync.touches.poll-interval", "1s");
        p.put("connector.sync.touches.wait-interval", "300ms");
        return p;
    }

    @Test
    void anEmailInHubSpotAndACallInSalesforceAreEachMirroredOnceWithTheSummaryOnBothSides() {
        try (RunningApp app = RunningApp.start(appProperties())) {
            long contactId = createContact(KIM, "Kim", "Larsen");
            String leadId = awaitLeadOf(KIM);

            long emailId = logEmail(contactId, "Intro: Fjordline x Leadbridge", "Hi Kim, quick intro.").id();
            String callTaskId = crms.salesforce().create("Task", Map.of("WhoId", leadId, "Subject", "Discovery call",
                    "TaskSubtype", "Call", "Status", "Completed", "Description", "Talked about pricing",
                    "CallDisposition", "Connected", "ActivityDate", "2026-11-25"));

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(mirroredTasksOn(leadId)).singleElement().satisfies(task -> {
                    assertThat(task.get("Subject")).isEqualTo("Email: Intro: Fjordline x Leadbridge");
                    assertThat(task.get("TaskSubtype")).isEqualTo("Email");
                    assertThat(task.get("Description")).contains("Hi Kim, quick intro.")
                            .contains(IdempotencyKeys.label(IdempotencyKeys.mirrorOf(
                                    new ExternalRef(CrmSystem.HUBSPOT, "email", String.valueOf(emailId)),
                                    CrmSystem.SALESFORCE)));
                });
                assertThat(engagementsOn(ObjectType.CALLS, contactId)).singleElement()
                        .satisfies(call -> assertThat(call.property("hs_call_body").orElseThrow())
                                .contains("Talked about pricing").contains("outcome: Connected")
                                .contains("SALESFORCE:Task:" + callTaskId));
                assertThat(summaryOnLead(leadId)).contains("Touches: 2 (1 email, 1 call)");
                assertThat(summaryOnContact(contactId)).contains("Touches: 2 (1 email, 1 call)");
            });
            awaitTouchesSettled(app);

            forgetEverythingRead(app);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT COUNT(*) FROM touch_inbox WHERE status = 'SETTLED'").query(Long.class).single())
                    .as("every touch read again, mirrors included").isGreaterThanOrEqualTo(6));
            awaitTouchesSettled(app);

            assertThat(mirroredTasksOn(leadId)).hasSize(1);
            assertThat(summaryTasksOn(leadId)).hasSize(1);
            assertThat(engagementsOn(ObjectType.CALLS, contactId)).hasSize(1);
            assertThat(engagementsOn(ObjectType.NOTES, contactId)).as("only the SDR-context note").hasSize(1);
            assertThat(engagementsOn(ObjectType.EMAILS, contactId)).as("only the SDR's own email").hasSize(1);
            assertThat(crms.salesforce().count("Task")).as("the call, the mirror, the summary").isEqualTo(3);

            List<AuditEntry> trail = app.bean(AuditTrail.class).of(personOf(app, leadId), 50);
            assertThat(trail).filteredOn(e -> e.kind() == AuditKind.TOUCH).hasSize(2);
            assertThat(trail).filteredOn(e -> e.kind() == AuditKind.NOTE).isNotEmpty();
            assertThat(trail).filteredOn(e -> e.kind() == AuditKind.ERROR).isEmpty();
        }
    }

    @Test
    void aMeetingInHubSpotBecomesOneEventAndAnEventInSalesforceOneMeetingWithTheirTimes() {
        try (RunningApp app = RunningApp.start(appProperties())) {
            long contactId = createContact(KIM, "Kim", "Larsen");
            String leadId = awaitLeadOf(KIM);
            Instant demoStart = Instant.parse("2026-12-01T14:00:00Z");
            Instant demoEnd = demoStart.plus(Duration.ofMinutes(45));
            long meetingId = crms.hubspot().createOn(ObjectType.MEETINGS, Map.of(
                    "hs_timestamp", demoStart.toString(), "hs_meeting_title", "Fjordline demo",
                    "hs_meeting_body", "Agenda: routing rules", "hs_meeting_start_time", demoStart.toString(),
                    "hs_meeting_end_time", demoEnd.toString(), "hs_meeting_outcome", "SCHEDULED"),
                    ObjectType.CONTACTS, contactId).id();
            Instant reviewStart = Instant.parse("2026-12-03T09:30:00Z");
            String eventId = crms.salesforce().create("Event", Map.of("WhoId", leadId, "Subject", "Pricing review",
                    "Description", "Bring the order form", "StartDateTime", reviewStart.toString(),
                    "EndDateTime", reviewStart.plus(Duration.ofMinutes(30)).toString()));

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(mirroredEventsOn(leadId)).singleElement().satisfies(event -> {
                    assertThat(event.get("Subject")).isEqualTo("Fjordline demo");
                    assertThat(Instant.parse(event.get("StartDateTime"))).isEqualTo(demoStart);
                    assertThat(Instant.parse(event.get("EndDateTime"))).isEqualTo(demoEnd);
                    assertThat(event.get("Description")).contains("Agenda: routing rules")
                            .contains(IdempotencyKeys.label(IdempotencyKeys.mirrorOf(
                                    new ExternalRef(CrmSystem.HUBSPOT, "meeting", String.valueOf(meetingId)),
                                    CrmSystem.SALESFORCE)));
                });
                assertThat(engagementsOn(ObjectType.MEETINGS, contactId)).filteredOn(m -> m.id() != meetingId)
                        .singleElement().satisfies(meeting -> {
                            assertThat(meeting.property("hs_meeting_title")).contains("Pricing review");
                            assertThat(meeting.property("hs_meeting_body").orElseThrow())
                                    .contains("Bring the order form").contains("SALESFORCE:Event:" + eventId);
                            assertThat(meeting.property("hs_meeting_end_time").map(TouchMirroringScenario::instantOf))
                                    .contains(reviewStart.plus(Duration.ofMinutes(30)));
                        });
                assertThat(summaryOnLead(leadId)).contains("Touches: 2 (2 meetings)");
            });
            awaitTouchesSettled(app);

            forgetEverythingRead(app);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT COUNT(*) FROM touch_inbox WHERE status = 'SETTLED'").query(Long.class).single())
                    .as("both meetings and both mirrors read again").isGreaterThanOrEqualTo(4));
            awaitTouchesSettled(app);

            assertThat(crms.salesforce().count("Event")).as("the review and the demo's mirror").isEqualTo(2);
            assertThat(engagementsOn(ObjectType.MEETINGS, contactId)).as("the demo and the review's mirror")
                    .hasSize(2);
            assertThat(mirroredTasksOn(leadId)).as("a meeting is no longer mirrored as a Task").isEmpty();
        }
    }

    @Test
    void aTouchOnAPersonNotYetLinkedWaitsAndIsMirroredOnceThePersonSyncs() {
        Map<String, String> contactsPaused = new HashMap<>(appProperties());
        contactsPaused.put("connector.sync.poll-interval", "1h");
        long contactId;
        try (RunningApp app = RunningApp.start(contactsPaused)) {
            awaitFirstContactPoll(app);
            contactId = createContact(NOOR, "Noor", "Haddad");
            logEmail(contactId, "Following up", "Hi Noor, following up on your demo request.");

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc().sql("""
                    SELECT COUNT(*) FROM touch_inbox WHERE status = 'PENDING' AND source_type = 'email'
                      AND next_attempt_at > received_at""").query(Long.class).single())
                    .as("the email was tried and is waiting for Noor's Lead").isEqualTo(1));
            assertThat(crms.salesforce().count("Lead")).isZero();
            assertThat(crms.salesforce().count("Task")).isZero();
        }

        try (RunningApp app = RunningApp.start(appProperties())) {
            String leadId = awaitLeadOf(NOOR);
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(mirroredTasksOn(leadId)).singleElement().satisfies(task ->
                        assertThat(task.get("Subject")).isEqualTo("Email: Following up"));
                assertThat(summaryOnLead(leadId)).contains("Touches: 1 (1 email)");
            });
            awaitTouchesSettled(app);
            assertThat(crms.salesforce().count("Task")).as("the mirror and the summary").isEqualTo(2);
        }
    }

    @Test
    void aMirrorSalesforceRefusesWaitsInTheErrorQueueUntilAnAdminsRetryWritesIt() {
        try (RunningApp app = RunningApp.start(appProperties())) {
            AdminApi api = new AdminApi(app);
            long contactId = createContact(KIM, "Kim", "Larsen");
            String leadId = awaitLeadOf(KIM);
            crms.refuseSalesforceWrites();
            long emailId = logEmail(contactId, "Intro: Fjordline x Leadbridge", "Hi Kim, quick intro.").id();

            JsonNode error = await().atMost(PROPAGATION).until(() -> errorOn(api, emailId), Optional::isPresent)
                    .orElseThrow();
            long errorId = error.path("id").asLong();
            assertThat(error.path("failure").path("code").asString()).isEqualTo("API_DISABLED_FOR_ORG");
            assertThat(error.path("status").asString()).isEqualTo("OPEN");
            assertThat(mirroredTasksOn(leadId)).isEmpty();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM touch_inbox WHERE error_id = ?").param(errorId)
                    .query(Long.class).single()).as("the touch is parked as that error").isEqualTo(1);

            crms.acceptSalesforceWrites();
            AdminApi.Answer retried = api.post("/api/errors/" + errorId + "/retry", "");
            assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(api.get("/api/errors/" + errorId).json().path("status").asString())
                        .isEqualTo("RESOLVED");
                assertThat(mirroredTasksOn(leadId)).singleElement().satisfies(task -> assertThat(
                        task.get("Subject")).isEqualTo("Email: Intro: Fjordline x Leadbridge"));
            });
            assertThat(errorOn(api, emailId)).as("no second error for the touch").isEmpty();
        }
    }

    @Test
    void stoppingTheAppMidBatchAndRestartingLosesNoTouchAndWritesNoneTwice() {
        Map<String, String> touchesOff = new HashMap<>(appProperties());
        touchesOff.put("connector.sync.touches.enabled", "false");
        int emails = 12;
        long contactId;
        String leadId;
        HubSpotRecord claimedBeforeACrash;
        try (RunningApp app = RunningApp.start(touchesOff)) {
            contactId = createContact(KIM, "Kim", "Larsen");
            leadId = awaitLeadOf(KIM);
            for (int i = 1; i <= emails; i++) {
                logEmail(contactId, "Cadence email " + i, "Step " + i + " of the cadence.");
            }
            claimedBeforeACrash = logEmail(contactId, "Sent during a crash", "Claimed, never confirmed.");
            claimWithoutWriting(app, claimedBeforeACrash, leadId);
        }

        Map<String, String> smallBatches = new HashMap<>(appProperties());
        smallBatches.put("connector.sync.touches.batch-size", "2");
        try (RunningApp app = RunningApp.start(smallBatches)) {
            await().atMost(PROPAGATION).until(() -> app.jdbc()
                    .sql("SELECT COUNT(*) FROM touch_mirror WHERE activity_id IS NOT NULL").query(Long.class)
                    .single() >= 2);
        }
        try (RunningApp app = RunningApp.start(appProperties())) {
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(mirroredTasksOn(leadId)).hasSize(emails + 1);
                assertThat(summaryOnLead(leadId)).contains("Touches: " + (emails + 1) + " (" + (emails + 1)
                        + " emails)");
            });
            awaitTouchesSettled(app);

            assertThat(mirroredTasksOn(leadId)).extracting(task -> task.get("Subject")).doesNotHaveDuplicates();
            assertThat(mirroredTasksOn(leadId)).as("the touch claimed before the crash: looked up, not found, written")
                    .filteredOn(task -> task.get("Description").contains(mirrorKey(claimedBeforeACrash)))
                    .hasSize(1);
            assertThat(summaryTasksOn(leadId)).hasSize(1);
            assertThat(engagementsOn(ObjectType.NOTES, contactId)).as("one SDR-context note").hasSize(1);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error WHERE status = 'OPEN'").query(Long.class)
                    .single()).isZero();
        }
    }

    /** The open error of the HubSpot email {@code emailId}, if the error queue holds one. */
    static Optional<JsonNode> errorOn(AdminApi api, long emailId) {
        for (JsonNode error : api.get("/api/errors?status=OPEN").json().path("errors")) {
            if (error.path("record").path("id").asString().equals(String.valueOf(emailId))) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    HubSpotRecord logEmail(long contactId, String subject, String text) {
        return crms.hubspot().createOn(ObjectType.EMAILS, Map.of("hs_timestamp", Instant.now().toString(),
                "hs_email_subject", subject, "hs_email_text", text, "hs_email_direction", "EMAIL",
                "hs_email_status", "SENT", "hs_email_headers",
                "{\"from\":{\"email\":\"" + SDR + "\"},\"to\":[{\"email\":\"prospect@example.com\"}]}"),
                ObjectType.CONTACTS, contactId);
    }

    long createContact(String email, String first, String last) {
        return crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", email, "firstname", first,
                "lastname", last, "company", "Example AS")).id();
    }

    String awaitLeadOf(String email) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(lead -> email.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** Tasks on the Lead that mirror a HubSpot touch (neither the SDR-context Task nor the SDR's own Tasks). */
    List<Map<String, String>> mirroredTasksOn(String leadId) {
        return tasksOn(leadId).stream().filter(t -> t.getOrDefault("Description", "")
                .contains("Mirrored by Leadbridge from HUBSPOT:")).toList();
    }

    /** Events on the Lead that mirror a HubSpot meeting. */
    List<Map<String, String>> mirroredEventsOn(String leadId) {
        return crms.salesforce().list("Event").stream().filter(e -> leadId.equals(e.get("WhoId")))
                .filter(e -> e.getOrDefault("Description", "").contains("Mirrored by Leadbridge from HUBSPOT:"))
                .toList();
    }

    List<Map<String, String>> summaryTasksOn(String leadId) {
        return tasksOn(leadId).stream().filter(t -> SdrContextNote.TITLE.equals(t.get("Subject"))).toList();
    }

    String summaryOnLead(String leadId) {
        return summaryTasksOn(leadId).stream().map(t -> t.get("Description")).findFirst().orElse("");
    }

    String summaryOnContact(long contactId) {
        return engagementsOn(ObjectType.NOTES, contactId).stream()
                .map(note -> note.property("hs_note_body").orElse(""))
                .filter(body -> body.startsWith(SdrContextNote.TITLE)).findFirst().orElse("");
    }

    List<HubSpotRecord> engagementsOn(ObjectType type, long contactId) {
        return crms.hubspot().records(type).stream()
                .filter(r -> crms.hubspot().associatedIds(type, r.id(), ObjectType.CONTACTS).contains(contactId))
                .toList();
    }

    private List<Map<String, String>> tasksOn(String leadId) {
        return crms.salesforce().list("Task").stream().filter(t -> leadId.equals(t.get("WhoId"))).toList();
    }

    /** A HubSpot datetime property: epoch milliseconds or ISO text. */
    static Instant instantOf(String value) {
        return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value))
                : Instant.parse(value);
    }

    void awaitTouchesSettled(RunningApp app) {
        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                .sql("SELECT COUNT(*) FROM touch_inbox WHERE status = 'PENDING'").query(Long.class).single())
                .isZero());
    }

    /** Drops the touch inbox and the touch streams' watermarks: every touch is read and offered again. */
    static void forgetEverythingRead(RunningApp app) {
        app.jdbc().sql("DELETE FROM touch_inbox").update();
        app.jdbc().sql("""
                DELETE FROM stream_watermark WHERE stream_key IN ('hubspot.emails', 'hubspot.calls',
                  'hubspot.meetings', 'hubspot.notes', 'hubspot.tasks', 'salesforce.tasks', 'salesforce.events')""")
                .update();
    }

    static void awaitFirstContactPoll(RunningApp app) {
        MeterRegistry meters = app.bean(MeterRegistry.class);
        await().atMost(PROPAGATION).until(() -> meters.find("leadbridge.changes.read")
                .tag("stream", "hubspot.contacts").counter() != null);
    }

    /** What a crash between the claim and the Salesforce create leaves behind: a claim without an activity. */
    static void claimWithoutWriting(RunningApp app, HubSpotRecord email, String leadId) {
        app.jdbc().sql("""
                INSERT INTO touch_mirror (mirror_key, source_system, source_type, source_id, target_system,
                                          target_type, target_id, claimed_at)
                VALUES (?, 'HUBSPOT', 'email', ?, 'SALESFORCE', 'Lead', ?, CURRENT_TIMESTAMP)""")
                .params(mirrorKey(email), String.valueOf(email.id()), leadId)
                .update();
    }

    static String mirrorKey(HubSpotRecord email) {
        return IdempotencyKeys.mirrorOf(new ExternalRef(CrmSystem.HUBSPOT, "email", String.valueOf(email.id())),
                CrmSystem.SALESFORCE);
    }

    static PersonId personOf(RunningApp app, String leadId) {
        return app.bean(IdMappingStore.class).find(new ExternalRef(CrmSystem.SALESFORCE, "Lead", leadId))
                .orElseThrow();
    }
}
