package io.leadbridge.app.identity;

import static io.leadbridge.app.identity.PeopleSyncChecks.KIM;
import static io.leadbridge.app.identity.PeopleSyncChecks.PROPAGATION;
import static io.leadbridge.app.identity.PeopleSyncChecks.auditRules;
import static io.leadbridge.app.identity.PeopleSyncChecks.awaitContactOf;
import static io.leadbridge.app.identity.PeopleSyncChecks.awaitLinked;
import static io.leadbridge.app.identity.PeopleSyncChecks.identityAudit;
import static io.leadbridge.app.identity.PeopleSyncChecks.kimsLeadSyncedToHubSpot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Merges and HubSpot-side deletions through the running app against both emulators: a merge in either CRM moves
 * the person to the surviving record (its later edits reach the same record on the other side, and nothing is
 * created or deleted there), a merge of two people who each have a record on the other side is reported, and a
 * HubSpot contact deletion delivered by webhook, twice, is stored once and handled per {@code connector.sync.deletes}.
 */
abstract class MergesAndDeletesScenario extends EmulatorScenario {

    static final String SECRET = "6f1d2c3b-8a47-4e95-b0c2-7d3e9f1a2b4c";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLeadMergedAwayInSalesforceHandsThePersonToTheSurvivingLeadAndNoHubSpotContactIsDeletedOrCreated() {
        Map<String, String> properties = properties();
        properties.put("connector.sync.deletes", "propagate");
        String loser;
        long hubspotId;
        try (RunningApp app = RunningApp.start(properties)) {
            loser = kimsLeadSyncedToHubSpot(crms, app);
            hubspotId = awaitContactOf(crms, KIM);
        }
        String survivor = crms.salesforce().create("Lead", Map.of("Email", KIM, "FirstName", "Kim",
                "LastName", "Larsen", "Company", "Fjordline AS"));
        crms.salesforce().merge(survivor, loser);

        try (RunningApp app = RunningApp.start(properties)) {
            awaitLinked(app, hubspotId, survivor);
            crms.salesforce().update(survivor, Map.of("FirstName", "Kimberly"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(hubspotId).property("firstname"))
                    .contains("Kimberly"));
            assertThat(identityAudit(app)).anySatisfy(entry -> assertThat(entry).contains("identity:merged",
                    "SALESFORCE:Lead:" + survivor, "SALESFORCE:Lead:" + loser));
            assertThat(auditRules(app)).doesNotContain("deletes:propagate");
        }
        assertThat(contact(hubspotId).archived()).as("a merge never deletes the HubSpot contact").isFalse();
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).as("no second HubSpot contact").isEqualTo(1);
    }

    @Test
    void aHubSpotContactMergedIntoAnotherHandsThePersonToTheSurvivorAndNoSecondLeadIsCreated() {
        String leadId;
        long loser;
        try (RunningApp app = RunningApp.start(properties())) {
            leadId = kimsLeadSyncedToHubSpot(crms, app);
            loser = awaitContactOf(crms, KIM);
        }
        long survivor = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example",
                "firstname", "Kim", "lastname", "Larsen")).id();
        crms.hubspot().mergeContacts(survivor, loser);

        try (RunningApp app = RunningApp.start(properties())) {
            awaitLinked(app, survivor, leadId);
            crms.hubspot().update(ObjectType.CONTACTS, survivor, Map.of("jobtitle", "VP Engineering"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.salesforce().find(leadId).orElseThrow())
                    .containsEntry("Title", "VP Engineering"));
            assertThat(identityAudit(app)).anySatisfy(entry -> assertThat(entry).contains("identity:merged",
                    "HUBSPOT:contact:" + survivor, "HUBSPOT:contact:" + loser));
        }
        assertThat(crms.salesforce().count("Lead")).as("no second Lead").isEqualTo(1);
        assertThat(crms.hubspot().record(ObjectType.CONTACTS, loser).orElseThrow().archived()).isTrue();
    }

    @Test
    void mergingTwoHubSpotContactsThatEachHaveALeadIsReportedAndDeletesNeitherLead() {
        try (RunningApp app = RunningApp.start(properties())) {
            TwoKims two = twoHubSpotContactsEachSyncedToALead(app);
            String kimsLead = two.kimsLead();
            long kim = two.kim();
            String othersLead = two.othersLead();

            crms.hubspot().mergeContacts(two.other(), kim);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT message FROM sync_error WHERE code = 'MERGE_CONFLICT'").query(String.class).list())
                    .singleElement().satisfies(message -> assertThat(message)
                            .contains("SALESFORCE:Lead:" + kimsLead, "SALESFORCE:Lead:" + othersLead)));
            assertThat(crms.salesforce().count("Lead")).isEqualTo(2);
            assertThat(linkOf(app, "HUBSPOT", String.valueOf(kim))).as("the merged-away contact is unlinked").isEmpty();
        }
    }

    @Test
    void withMergesPropagatedMergingTwoHubSpotContactsThatEachHaveALeadMergesTheirLeadsToo() {
        Map<String, String> properties = properties();
        properties.put("connector.sync.merges", "propagate");
        try (RunningApp app = RunningApp.start(properties)) {
            TwoKims two = twoHubSpotContactsEachSyncedToALead(app);
            String kimsLead = two.kimsLead();
            long kim = two.kim();
            String othersLead = two.othersLead();

            crms.hubspot().mergeContacts(two.other(), kim);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.salesforce().find(kimsLead).orElseThrow())
                    .containsEntry("IsDeleted", "true").containsEntry("MasterRecordId", othersLead));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(identityAudit(app)).anySatisfy(entry ->
                    assertThat(entry).contains("identity:merged", "propagated")));
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
        assertThat(crms.salesforce().count("Lead")).isEqualTo(1);
    }

    @Test
    void withMergesPropagatedMergingTwoLeadsThatEachHaveAHubSpotContactMergesTheirContactsToo() {
        Map<String, String> properties = properties();
        properties.put("connector.sync.merges", "propagate");
        try (RunningApp app = RunningApp.start(properties)) {
            String kimsLead = kimsLeadSyncedToHubSpot(crms, app);
            long kim = awaitContactOf(crms, KIM);
            String othersLead = crms.salesforce().create("Lead", Map.of("Email", "k.larsen@fjordline.example",
                    "FirstName", "Kim", "LastName", "Larsen", "Company", "Fjordline AS"));
            long other = awaitContactOf(crms, "k.larsen@fjordline.example");
            awaitLinked(app, other, othersLead);

            crms.salesforce().merge(othersLead, kimsLead);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(kim).archived()).isTrue());
            assertThat(contact(other).property("hs_merged_object_ids")).contains(String.valueOf(kim));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(identityAudit(app)).anySatisfy(entry ->
                    assertThat(entry).contains("identity:merged", "propagated")));
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
        assertThat(crms.hubspot().records(ObjectType.CONTACTS).stream().filter(c -> !c.archived())).hasSize(1);
    }

    @Test
    void byDefaultAHubSpotContactDeletionDeliveredTwiceUnlinksOnceAndLeavesTheLead() throws Exception {
        try (RunningApp app = RunningApp.start(properties())) {
            String leadId = kimsLeadSyncedToHubSpot(crms, app);
            long hubspotId = awaitContactOf(crms, KIM);

            deleteInHubSpotAndDeliverTwice(app, hubspotId);

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(auditRules(app)).containsOnlyOnce("deletes:ignore");
                assertThat(linkOf(app, "SALESFORCE", leadId)).isEmpty();
            });
            assertThat(deletionsInInbox(app, hubspotId)).as("stored once").isEqualTo(1);
            assertThat(crms.salesforce().find(leadId).orElseThrow()).containsEntry("IsDeleted", "false");
        }
    }

    @Test
    void withDeletesPropagatedAHubSpotContactDeletionDeliveredTwiceDeletesItsLeadOnce() throws Exception {
        Map<String, String> properties = properties();
        properties.put("connector.sync.deletes", "propagate");
        try (RunningApp app = RunningApp.start(properties)) {
            String leadId = kimsLeadSyncedToHubSpot(crms, app);
            long hubspotId = awaitContactOf(crms, KIM);

            deleteInHubSpotAndDeliverTwice(app, hubspotId);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.salesforce().find(leadId).orElseThrow())
                    .containsEntry("IsDeleted", "true"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(auditRules(app))
                    .containsOnlyOnce("deletes:propagate"));
            assertThat(deletionsInInbox(app, hubspotId)).as("stored once").isEqualTo(1);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
    }

    /** Kim's Lead synced to a HubSpot contact, and a second Kim created in HubSpot and synced to a new Lead. */
    private TwoKims twoHubSpotContactsEachSyncedToALead(RunningApp app) {
        String kimsLead = kimsLeadSyncedToHubSpot(crms, app);
        long kim = awaitContactOf(crms, KIM);
        long other = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "k.larsen@fjordline.example",
                "firstname", "Kim", "lastname", "Larsen", "company", "Fjordline AS")).id();
        String othersLead = awaitLeadOf("k.larsen@fjordline.example");
        awaitLinked(app, other, othersLead);
        return new TwoKims(kim, kimsLead, other, othersLead);
    }

    private record TwoKims(long kim, String kimsLead, long other, String othersLead) {
    }

    private Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.hubspot.client-secret", SECRET);
        return properties;
    }

    /**
     * Archives the contact in HubSpot, then delivers its {@code contact.deletion} webhook and a retry of it
     * ({@code attemptNumber} 1), plus the {@code contact.privacyDeletion} HubSpot may send for the same deletion.
     */
    private void deleteInHubSpotAndDeliverTwice(RunningApp app, long hubspotId) throws Exception {
        crms.hubspot().archive(ObjectType.CONTACTS, hubspotId);
        long deletedAt = contact(hubspotId).archivedAt().toEpochMilli();
        for (String delivery : List.of(deletion("contact.deletion", hubspotId, deletedAt, 0),
                deletion("contact.deletion", hubspotId, deletedAt, 1),
                deletion("contact.privacyDeletion", hubspotId, deletedAt, 0))) {
            assertThat(deliver(app, delivery).statusCode()).isEqualTo(200);
        }
    }

    private static String deletion(String type, long contactId, long occurredAt, int attempt) {
        return "[{\"eventId\":" + (7000 + attempt) + ",\"subscriptionId\":31,\"portalId\":33,\"appId\":1160452,"
                + "\"occurredAt\":" + occurredAt + ",\"subscriptionType\":\"" + type + "\",\"attemptNumber\":"
                + attempt + ",\"objectId\":" + contactId + ",\"changeFlag\":\"DELETED\",\"changeSource\":\"CRM_UI\","
                + "\"sourceId\":\"userId:45678\"}]";
    }

    private HttpResponse<String> deliver(RunningApp app, String body) throws Exception {
        String url = app.uri("/webhooks/hubspot").toString();
        String timestamp = String.valueOf(System.currentTimeMillis());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(("POST" + url + body + timestamp)
                .getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-HubSpot-Request-Timestamp", timestamp).header("X-HubSpot-Signature-v3", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitLeadOf(String email) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(lead -> email.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private HubSpotRecord contact(long id) {
        return crms.hubspot().record(ObjectType.CONTACTS, id).orElseThrow();
    }

    private static Optional<String> linkOf(RunningApp app, String system, String recordId) {
        return app.jdbc().sql("SELECT person_id FROM id_map WHERE system = ? AND record_id = ?")
                .params(system, recordId).query(String.class).optional();
    }

    private static long deletionsInInbox(RunningApp app, long hubspotId) {
        return app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE source_system = 'HUBSPOT' AND record_id = ?"
                        + " AND change_kind = 'DELETE'")
                .param(String.valueOf(hubspotId)).query(Long.class).single();
    }
}
