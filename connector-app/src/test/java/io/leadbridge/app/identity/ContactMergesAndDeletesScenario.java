package io.leadbridge.app.identity;

import static io.leadbridge.app.identity.PeopleSyncChecks.KIM;
import static io.leadbridge.app.identity.PeopleSyncChecks.PROPAGATION;
import static io.leadbridge.app.identity.PeopleSyncChecks.auditRules;
import static io.leadbridge.app.identity.PeopleSyncChecks.awaitLinked;
import static io.leadbridge.app.identity.PeopleSyncChecks.identityAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.SettledPeople;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Salesforce Contact merges and deletions through the running app against both emulators: a Contact merged into
 * an older duplicate hands the person to the surviving Contact (its edits reach the same HubSpot contact; nothing
 * is archived, created or parked as an identity conflict), and a deleted Contact unlinks its HubSpot contact
 * ({@code connector.sync.deletes: ignore}) or archives it ({@code propagate}).
 */
abstract class ContactMergesAndDeletesScenario extends EmulatorScenario {

    @Test
    void aContactMergedIntoItsOlderDuplicateHandsThePersonToTheSurvivorWhoseEditsReachTheSameHubSpotContact() {
        Map<String, String> properties = properties("propagate");
        String older = kimsContact("Engineer");
        String newer = kimsContact("CTO");
        await().atMost(PROPAGATION).until(() -> {
            crms.salesforce().update(newer, Map.of("Title", "CTO"));
            return modstamp(newer).isAfter(modstamp(older));
        });
        long hubspotId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                "lastname", "Larsen")).id();
        try (RunningApp app = RunningApp.start(properties)) {
            awaitLinked(app, hubspotId, newer);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(errorCodes(app)).contains("DUPLICATE_EMAIL"));
        }
        crms.salesforce().merge(older, newer);

        try (RunningApp app = RunningApp.start(properties)) {
            awaitLinked(app, hubspotId, older);
            crms.salesforce().update(older, Map.of("FirstName", "Kimberly"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(hubspotId).property("firstname"))
                    .contains("Kimberly"));
            assertThat(identityAudit(app)).anySatisfy(entry -> assertThat(entry).contains("identity:merged",
                    "SALESFORCE:Contact:" + older, "SALESFORCE:Contact:" + newer, "repointed"));
            assertThat(errorCodes(app)).as("the survivor is never resolved while the person is on the loser")
                    .doesNotContain("IDENTITY_CONFLICT");
            assertThat(auditRules(app)).doesNotContain("deletes:propagate");
        }
        assertThat(contact(hubspotId).archived()).as("a merge never deletes the HubSpot contact").isFalse();
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).as("no second HubSpot contact").isEqualTo(1);
        assertThat(crms.salesforce().count("Contact")).isEqualTo(1);
    }

    @Test
    void byDefaultADeletedContactUnlinksItsHubSpotContactAndLeavesIt() {
        try (RunningApp app = RunningApp.start(properties("ignore"))) {
            long hubspotId = kimsContactSyncedToHubSpotThenDeleted(app);

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(auditRules(app)).containsOnlyOnce("deletes:ignore");
                assertThat(linkCount(app)).isZero();
            });
            assertThat(contact(hubspotId).archived()).isFalse();
            assertThat(errorCodes(app)).isEmpty();
        }
    }

    @Test
    void withDeletesPropagatedADeletedContactArchivesItsHubSpotContact() {
        try (RunningApp app = RunningApp.start(properties("propagate"))) {
            long hubspotId = kimsContactSyncedToHubSpotThenDeleted(app);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(hubspotId).archived()).isTrue());
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(auditRules(app))
                    .containsOnlyOnce("deletes:propagate"));
            assertThat(linkCount(app)).isZero();
            assertThat(errorCodes(app)).isEmpty();
        }
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isZero();
    }

    private String kimsContact(String title) {
        return crms.salesforce().create("Contact", Map.of("Email", KIM, "FirstName", "Kim", "LastName", "Larsen",
                "Title", title));
    }

    /**
     * Kim's Contact, synced to a HubSpot contact the app creates, then deleted in Salesforce; returns the HubSpot
     * contact. The echo of the app's own create is settled before the deletion, so it cannot re-link the contact.
     */
    private long kimsContactSyncedToHubSpotThenDeleted(RunningApp app) {
        String contactId = kimsContact("CTO");
        long hubspotId = PeopleSyncChecks.awaitContactOf(crms, KIM);
        awaitLinked(app, hubspotId, contactId);
        SettledPeople.awaitSettled(app, crms, hubspotId, contactId, PROPAGATION);
        crms.salesforce().delete(contactId);
        return hubspotId;
    }

    private Instant modstamp(String id) {
        return Instant.parse(crms.salesforce().find(id).orElseThrow().get("SystemModstamp"));
    }

    private Map<String, String> properties(String deletes) {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.deletes", deletes);
        return properties;
    }

    private HubSpotRecord contact(long id) {
        return crms.hubspot().record(ObjectType.CONTACTS, id).orElseThrow();
    }

    private static List<String> errorCodes(RunningApp app) {
        return app.jdbc().sql("SELECT code FROM sync_error").query(String.class).list();
    }

    private static long linkCount(RunningApp app) {
        return app.jdbc().sql("SELECT COUNT(*) FROM id_map").query(Long.class).single();
    }
}
