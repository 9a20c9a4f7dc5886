package io.leadbridge.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.AdminApi;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
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
 * The admin API through the running app against both emulators: the error queue's retry and dismissal, the audit
 * timeline of a write, a dry run that writes nothing, a resync by email and a backfill over Bulk API.
 */
abstract class AdminOperationsScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";
    static final String NOOR = "noor.haddad@cedarworks.example";

    @Test
    void aRefusedWriteWaitsInTheErrorQueueUntilARetryWritesItAndTheTimelineShowsEachFieldDecision() {
        crms.refuseSalesforceWrites();
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            AdminApi api = new AdminApi(app);
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Larsen", "company", "Fjordline AS", "phone", "+47 555 01 234")).id();

            JsonNode error = await().atMost(PROPAGATION).until(() -> api.get("/api/errors?status=OPEN").json(),
                    list -> list.path("total").asLong() == 1).path("errors").get(0);
            long errorId = error.path("id").asLong();
            assertThat(error.path("failure").path("code").asString()).isEqualTo("API_DISABLED_FOR_ORG");
            assertThat(error.path("record").path("id").asString()).isEqualTo(String.valueOf(contactId));
            assertThat(api.get("/api/errors?code=API_DISABLED_FOR_ORG&system=hubspot").json().path("total").asLong())
                    .isEqualTo(1);

            crms.acceptSalesforceWrites();
            AdminApi.Answer retried = api.post("/api/errors/" + errorId + "/retry", "");
            assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(api.get("/api/errors/" + errorId).json()
                    .path("status").asString()).isEqualTo("RESOLVED"));
            assertThat(api.get("/api/errors/" + errorId).json().path("closedBy").asString()).isEqualTo("leadbridge");
            assertThat(crms.salesforce().list("Lead")).singleElement()
                    .satisfies(lead -> assertThat(lead).containsEntry("Email", KIM).containsEntry("LastName", "Larsen"));
            assertThat(api.get("/api/errors?status=OPEN").json().path("total").asLong()).isZero();

            String personId = api.get("/api/people?hubspotId=" + contactId).json().path("personId").asString();
            JsonNode timeline = api.get("/api/people/" + personId + "/timeline").json().path("entries");
            JsonNode write = firstOfKind(timeline, "WRITE").orElseThrow();
            assertThat(write.path("details").path("operation").asString()).isEqualTo("created");
            JsonNode phone = find(timeline, "field-ownership:phone").orElseThrow();
            assertThat(phone.path("kind").asString()).isEqualTo("FIELD_DECISION");
            assertThat(phone.path("details").path("winner").asString()).isEqualTo("HUBSPOT");
            assertThat(phone.path("reason").asString()).contains("phone");
        }
    }

    @Test
    void aDismissalNeedsAReasonKeepsWhoAndWhyAndADismissedErrorCannotBeRetried() {
        crms.refuseSalesforceWrites();
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            AdminApi api = new AdminApi(app);
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", NOOR, "lastname", "Haddad",
                    "company", "Cedarworks")).id();
            long errorId = await().atMost(PROPAGATION).until(() -> api.get("/api/errors").json(),
                    list -> list.path("total").asLong() == 1).path("errors").get(0).path("id").asLong();

            AdminApi.Answer noReason = api.post("/api/errors/" + errorId + "/dismiss", "{}");
            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.json().path("field").asString()).isEqualTo("reason");

            AdminApi.Answer dismissed = api.post("/api/errors/" + errorId + "/dismiss",
                    "{\"by\":\"someone-else@example.com\",\"reason\":\"test record from the sales demo\"}");
            assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
            assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
            assertThat(dismissed.json().path("closedBy").asString()).as("the logged-in user, not the body's claim")
                    .isEqualTo(ConsoleUsers.ADMIN);
            assertThat(dismissed.json().path("closeReason").asString()).isEqualTo("test record from the sales demo");

            assertThat(api.post("/api/errors/" + errorId + "/retry", "").status()).isEqualTo(409);
            assertThat(api.get("/api/errors/99999").status()).isEqualTo(404);
            AdminApi.Answer badStatus = api.get("/api/errors?status=BROKEN");
            assertThat(badStatus.status()).isEqualTo(400);
            assertThat(badStatus.json().path("field").asString()).isEqualTo("status");
            assertThat(api.get("/api/errors?status=DISMISSED").json().path("total").asLong()).isEqualTo(1);
            String personId = api.get("/api/people?hubspotId=" + contactId).json().path("personId").asString();
            JsonNode dismissal = find(api.get("/api/people/" + personId + "/timeline").json().path("entries"),
                    "error-queue:dismiss").orElseThrow();
            assertThat(dismissal.path("kind").asString()).isEqualTo("ERROR");
            assertThat(dismissal.path("reason").asString()).contains("test record from the sales demo");
            assertThat(crms.salesforce().count("Lead")).isZero();
        }
    }

    @Test
    void aDryRunShowsTheWriteWithoutMakingItAndAResyncByEmailThenMakesIt() {
        try (RunningApp app = RunningApp.start(idlePollers())) {
            AdminApi api = new AdminApi(app);
            awaitFirstPolls(app);
            String leadId = crms.salesforce().create("Lead", Map.of("Email", NOOR, "FirstName", "Noor",
                    "LastName", "Haddad", "Company", "Cedarworks"));

            AdminApi.Answer dryRun = api.post("/api/dry-run", "{\"salesforceId\":\"" + leadId + "\"}");

            assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
            assertThat(dryRun.json().path("operation").asString()).isEqualTo("CREATE");
            assertThat(dryRun.json().path("changes").path("email").asString()).isEqualTo(NOOR);
            assertThat(dryRun.json().path("changes").path("firstName").asString()).isEqualTo("Noor");
            assertThat(find(dryRun.json().path("decisions"), "field-ownership:firstName")).isPresent();
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isZero();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox").query(Long.class).single()).isZero();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM id_map").query(Long.class).single()).isZero();

            AdminApi.Answer neither = api.post("/api/dry-run", "{}");
            assertThat(neither.status()).isEqualTo(400);
            assertThat(neither.json().path("field").asString()).isEqualTo("hubspotId");

            AdminApi.Answer resync = api.post("/api/resync", "{\"email\":\"" + NOOR.toUpperCase() + "\"}");
            assertThat(resync.status()).as(resync.toString()).isEqualTo(202);
            assertThat(resync.json().path("queued").get(0).path("id").asString()).isEqualTo(leadId);
            await().atMost(PROPAGATION).until(() -> crms.hubspot().contactByEmail(NOOR), Optional::isPresent);
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
        }
    }

    @Test
    void aBackfillOverBulkApiLoadsLeadsThePollerHasNotReadAndReportsItsProgress() {
        Map<String, String> properties = idlePollers();
        properties.put("connector.salesforce.bulk-threshold", "2");
        try (RunningApp app = RunningApp.start(properties)) {
            AdminApi api = new AdminApi(app);
            awaitFirstPolls(app);
            List<String> emails = List.of("ana@northwind.example", "ben@northwind.example", "cy@northwind.example");
            emails.forEach(email -> crms.salesforce().create("Lead", Map.of("Email", email, "LastName", "Lead",
                    "Company", "Northwind")));

            crms.slowSalesforceBulkCalls(Duration.ofSeconds(2));
            AdminApi.Answer started = api.post("/api/backfill", "{\"stream\":\"salesforce.leads\"}");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(api.post("/api/backfill", "{\"stream\":\"salesforce.leads\"}").status()).isEqualTo(409);
            crms.acceptSalesforceWrites();
            assertThat(api.post("/api/backfill", "{\"stream\":\"salesforce.accounts\"}").json().path("field")
                    .asString()).isEqualTo("stream");

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(emails)
                    .allSatisfy(email -> assertThat(crms.hubspot().contactByEmail(email)).isPresent()));
            JsonNode run = await().atMost(PROPAGATION).until(() -> api.get("/api/backfill").json().get(0),
                    r -> r.path("status").asString().equals("FINISHED"));
            assertThat(run.path("read").asLong()).isEqualTo(3);
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(3);
        }
    }

    @Test
    void aResyncSinceATimeBackfillsBothStreamsAndBringsAContactThePollerHasNotReadToSalesforce() {
        try (RunningApp app = RunningApp.start(idlePollers())) {
            AdminApi api = new AdminApi(app);
            awaitFirstPolls(app);
            crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim", "lastname", "Larsen",
                    "company", "Fjordline AS"));
            String since = Instant.now().minus(Duration.ofHours(1)).toString();

            AdminApi.Answer twoSelectors = api.post("/api/resync", "{\"email\":\"" + KIM + "\",\"since\":\"" + since
                    + "\"}");
            assertThat(twoSelectors.status()).isEqualTo(400);
            assertThat(twoSelectors.json().path("field").asString()).isEqualTo("since");
            AdminApi.Answer badTime = api.post("/api/resync", "{\"since\":\"yesterday\"}");
            assertThat(badTime.status()).isEqualTo(400);
            assertThat(badTime.json().path("message").asString()).contains("ISO-8601");

            AdminApi.Answer resync = api.post("/api/resync", "{\"since\":\"" + since + "\"}");

            assertThat(resync.status()).as(resync.toString()).isEqualTo(202);
            assertThat(resync.json().path("backfills")).hasSize(2);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.salesforce().list("Lead"))
                    .singleElement().satisfies(lead -> assertThat(lead).containsEntry("Email", KIM)));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(api.get("/api/backfill").json())
                    .allSatisfy(run -> assertThat(run.path("status").asString()).isEqualTo("FINISHED")));
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
        }
    }

    /** The pollers read once at start and then wait an hour: only the admin API brings changes in. */
    Map<String, String> idlePollers() {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.poll-interval", "1h");
        properties.put("connector.sync.salesforce-poll-interval", "1h");
        properties.put("connector.sync.backfill-interval", "100ms");
        return properties;
    }

    static void awaitFirstPolls(RunningApp app) {
        MeterRegistry meters = app.bean(MeterRegistry.class);
        await().atMost(PROPAGATION).until(() -> meters.find("leadbridge.changes.read").tag("stream", "salesforce.leads")
                .counter() != null && meters.find("leadbridge.changes.read").tag("stream", "hubspot.contacts")
                .counter() != null);
    }

    /** The newest entry of {@code kind}; entries come newest first. */
    static Optional<JsonNode> firstOfKind(JsonNode entries, String kind) {
        for (JsonNode entry : entries) {
            if (kind.equals(entry.path("kind").asString())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    static Optional<JsonNode> find(JsonNode entries, String ruleId) {
        for (JsonNode entry : entries) {
            if (ruleId.equals(entry.path("ruleId").asString())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
