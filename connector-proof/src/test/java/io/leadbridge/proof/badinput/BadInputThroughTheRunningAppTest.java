package io.leadbridge.proof.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.FreePort;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.proof.state.Differences;
import io.leadbridge.proof.state.ExpectedState;
import io.leadbridge.proof.state.PeopleWorkload;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input sent to the app's jar running in live mode against the emulators: each case gets a clear answer and
 * the change it carried is not lost (the poller, HubSpot's safety net, still brings it over, or the error queue
 * keeps it). Invalid rules files are refused at start and on reload; a picklist value either CRM's admin removed
 * after the start-up check lands in the error queue with the CRM's code, message and field. Cases proven elsewhere
 * through the running app are not repeated here: forged, unsigned and stale signatures and a body that is not an
 * array of events ({@code HubSpotWebhookScenario}), XXE, an Outbound Message from another org and one over the size
 * limit ({@code SalesforceOutboundMessageWebhookTest}); see docs/benchmarks.md.
 */
class BadInputThroughTheRunningAppTest {

    private static final Duration PROPAGATION = Duration.ofMinutes(2);

    private static final String VALID_RULES = """
            version: 1
            qualification:
              scoring:
                - { id: head-of, when: { title-contains: [Head of] }, points: 30 }
              mql: { inbound-min-score: 60 }
            """;

    @TempDir
    static Path work;
    static Path rules;

    static ProofCrms crms;
    static ProofDatabase database;
    static AppProcess app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startApp() throws Exception {
        int port = FreePort.pick();
        crms = ProofCrms.start(CrmSetup.realisticLimits()
                .withWebhooksTo(URI.create("http://localhost:" + port + "/webhooks/hubspot")));
        database = ProofDatabase.h2File(work);
        rules = Files.writeString(work.resolve("rules.yml"), VALID_RULES);
        Map<String, String> properties = new LinkedHashMap<>(AdminUser.properties());
        properties.put("connector.rules.location", "file:" + rules);
        properties.putAll(StatusFieldsMapped.properties());
        app = new AppFleet(crms, database, properties, work, "512m").launch(port).awaitReady(AppFleet.START_TIMEOUT);
    }

    @AfterAll
    static void stopApp() {
        app.close();
        crms.close();
        database.close();
    }

    @Test
    void aSignedBodyThatIsNotJsonGets400WithTheReasonAndTheContactStillArrives() throws Exception {
        PeopleWorkload people = new PeopleWorkload(1, "not-json.example");
        people.create(crms, 2);

        HttpResponse<String> answer = deliver("[{\"objectId\": 1, \"subscriptionType\": \"contact.creation\"");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"malformed_payload\"").contains("\"message\"");
        assertConverges(people);
    }

    @Test
    void aBodyOver512KibGets413AndTheContactStillArrives() throws Exception {
        PeopleWorkload people = new PeopleWorkload(2, "oversized.example");
        people.create(crms, 2);

        HttpResponse<String> answer = deliver("[" + "{\"objectId\":1},".repeat(40_000) + "{\"objectId\":1}]");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("\"error\":\"too_large\"").contains("524288");
        assertConverges(people);
    }

    @Test
    void soqlInjectionStringsInNamesAndEmailsAreSyncedAsLiteralsBothWays() {
        int leadsBefore = crms.salesforce().count("Lead");
        PeopleWorkload people = new PeopleWorkload(3, "injection.example");
        Map<String, String> fromHubSpot = Map.of("firstname", "Robert'); DELETE FROM Lead; --",
                "lastname", "' OR LastName LIKE '%", "jobtitle", "\\' OR '1'='1", "company", "%' OR Email != '");
        String hubspotEmail = "o'brien'or''='x@injection.example";
        long contactId = crms.hubspot().create(ObjectType.CONTACTS, with(fromHubSpot, "email", hubspotEmail)).id();
        people.expect(hubspotEmail, true, String.valueOf(contactId), fromHubSpot);
        Map<String, String> fromSalesforce = Map.of("firstname", "x\\' OR Id != null --",
                "lastname", "') LIMIT 1 --", "jobtitle", "'; SELECT Id FROM User --", "company", "Acme' OR ''='");
        String salesforceEmail = "d'arcy'or'1'='1@injection.example";
        String leadId = crms.salesforce().create("Lead", Map.of("Email", salesforceEmail,
                "FirstName", fromSalesforce.get("firstname"), "LastName", fromSalesforce.get("lastname"),
                "Title", fromSalesforce.get("jobtitle"), "Company", fromSalesforce.get("company")));
        people.expect(salesforceEmail, false, leadId, fromSalesforce);

        assertConverges(people);
        assertThat(crms.salesforce().count("Lead")).as("exactly one new Lead, nothing else touched")
                .isEqualTo(leadsBefore + 2);
    }

    @Test
    void anInvalidRulesFileStopsTheStartNamingEveryProblemWithItsPath() throws Exception {
        Path invalid = Files.writeString(work.resolve("invalid-rules.yml"), """
                version: 1
                qualification:
                  scoring:
                    - id: director
                      when: { title-contains: [Director] }
                      points: many
                routing:
                  default-team: ghosts
                """);
        Path directory = work.resolve("invalid-rules-start");
        try (ProofDatabase own = ProofDatabase.h2File(directory);
             AppProcess refused = new AppFleet(crms, own, Map.of("connector.rules.location", "file:" + invalid),
                     directory, "256m").launch(FreePort.pick())) {
            int exitCode = refused.awaitExitCode(AppFleet.START_TIMEOUT);

            assertThat(exitCode).as("the app refuses to start").isNotZero();
            assertThat(refused.log()).contains("The rules file file:" + invalid + " has 2 problems")
                    .contains("qualification.scoring[0].points: ").contains("was \"many\"")
                    .contains("routing.default-team: no team 'ghosts'");
        }
    }

    @Test
    void reloadingAnInvalidRulesFileAnswers422NamingEveryProblemAndKeepsTheOldRules() throws Exception {
        Files.writeString(rules, VALID_RULES.replace("points: 30", "points: 3000").replace("version: 1\n", ""));
        try {
            HttpResponse<String> refused = AdminUser.post(app, "/api/rules/reload");

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("\"path\":\"version\"")
                    .contains("\"path\":\"qualification.scoring[0].points\"")
                    .contains("the active rules are unchanged");
            assertThat(AdminUser.get(app, "/api/rules").body()).contains("points: 30").doesNotContain("points: 3000");
        } finally {
            Files.writeString(rules, VALID_RULES);
        }
    }

    @Test
    void aLeadStatusDeactivatedInSalesforceAfterTheStartPutsTheChangeInTheErrorQueueWithCodeMessageAndField() {
        crms.salesforce().deactivatePicklistValue("Lead", "Status", "Working - Contacted");
        long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "kim@picklist.example",
                "firstname", "Kim", "lastname", "Larsen", "company", "Fjordline", "lifecyclestage", "lead",
                "hs_lead_status", "IN_PROGRESS")).id();

        ErrorQueueRow error = ErrorQueueRow.awaitOpen(database, String.valueOf(contactId), PROPAGATION);

        assertThat(error.code()).isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(error.message()).contains("bad value for restricted picklist field: Working - Contacted");
        assertThat(error.fields()).isEqualTo("Status");
        assertThat(crms.salesforce().list("Lead")).noneMatch(lead -> "kim@picklist.example".equals(lead.get("Email")));
    }

    @Test
    void aLeadStatusOptionDeletedInHubSpotAfterTheStartPutsTheChangeInTheErrorQueueWithCodeMessageAndProperty() {
        // "Closed - Not Converted" means DISQUALIFIED (UNQUALIFIED) or NURTURE (BAD_TIMING) in the status table
        crms.hubspot().deletePropertyOption(ObjectType.CONTACTS, "hs_lead_status", "UNQUALIFIED");
        crms.hubspot().deletePropertyOption(ObjectType.CONTACTS, "hs_lead_status", "BAD_TIMING");
        String leadId = crms.salesforce().create("Lead", Map.of("Email", "noor@picklist.example",
                "FirstName", "Noor", "LastName", "Haddad", "Company", "Cedarworks",
                "Status", "Closed - Not Converted"));

        ErrorQueueRow error = ErrorQueueRow.awaitOpen(database, leadId, PROPAGATION);

        assertThat(error.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.message()).contains("hs_lead_status INVALID_OPTION");
        assertThat(error.fields()).isEqualTo("hs_lead_status");
        assertThat(crms.hubspot().contactByEmail("noor@picklist.example")).isEmpty();
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static void assertConverges(PeopleWorkload people) {
        List<Differences> differences = new ExpectedState(Map.of("people", people)).awaitConvergence(crms, PROPAGATION);
        assertThat(differences).allSatisfy(d -> assertThat(d.none()).as(d.summary()).isTrue());
    }

    private static HttpResponse<String> deliver(String body) throws Exception {
        String url = app.baseUrl() + "/webhooks/hubspot";
        String timestamp = String.valueOf(System.currentTimeMillis());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CrmSetup.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(("POST" + url + body + timestamp)
                .getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-HubSpot-Signature-v3", signature).header("X-HubSpot-Request-Timestamp", timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
