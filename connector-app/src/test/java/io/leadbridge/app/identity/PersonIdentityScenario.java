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
import io.leadbridge.app.support.SettledPeople;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Identity through the running app against both emulators: a person whose Salesforce record is a Contact syncs
 * with that Contact, and when Salesforce holds several records with one email, one is picked (a Contact over a
 * Lead), the others are reported (audit trail and error queue), and no second record is created on either side;
 * a converted Lead hands the person to its Contact, which then syncs both ways.
 */
abstract class PersonIdentityScenario extends EmulatorScenario {

    @Test
    void aHubSpotContactWhoseSalesforceRecordIsAContactUpdatesThatContactAndNoLeadIsCreated() {
        String contactId = crms.salesforce().create("Contact", Map.of("Email", KIM, "FirstName", "Kim",
                "LastName", "Larsen", "Title", "CTO"));
        long hubspotId = kimInHubSpot();

        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            awaitLinked(app, hubspotId, contactId);

            crms.hubspot().update(ObjectType.CONTACTS, hubspotId, Map.of("jobtitle", "VP Engineering",
                    "phone", "+47 555 09 876"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(salesforceRecord(contactId))
                    .containsEntry("Title", "VP Engineering").containsEntry("Phone", "+47 555 09 876"));
        }
        assertThat(crms.salesforce().count("Lead")).isZero();
        assertThat(crms.salesforce().count("Contact")).isEqualTo(1);
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
    }

    @Test
    void severalSalesforceRecordsWithOneEmailLinkTheContactReportTheLeadsAndCreateNothing() {
        String olderLead = crms.salesforce().create("Lead", Map.of("Email", KIM, "LastName", "Larsen",
                "Company", "Fjordline AS", "Title", "Engineer"));
        String contactId = crms.salesforce().create("Contact", Map.of("Email", KIM, "FirstName", "Kim",
                "LastName", "Larsen"));
        String newerLead = crms.salesforce().create("Lead", Map.of("Email", KIM, "LastName", "Larsen",
                "Company", "Fjordline", "Title", "Architect"));
        long hubspotId = kimInHubSpot();

        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            awaitLinked(app, hubspotId, contactId);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(duplicateEmailErrors(app))
                    .containsExactlyInAnyOrder(olderLead, newerLead));

            crms.hubspot().update(ObjectType.CONTACTS, hubspotId, Map.of("jobtitle", "VP Engineering"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(salesforceRecord(contactId))
                    .containsEntry("Title", "VP Engineering"));
            assertThat(identityAudit(app)).singleElement().satisfies(entry -> assertThat(entry)
                    .contains("identity:duplicate-email", "SALESFORCE:Contact:" + contactId, "DUPLICATE_EMAIL",
                            "SALESFORCE:Lead:" + olderLead, "SALESFORCE:Lead:" + newerLead));
            assertThat(app.jdbc().sql("SELECT message FROM sync_error WHERE code = 'DUPLICATE_EMAIL'")
                    .query(String.class).list()).allSatisfy(message -> assertThat(message)
                    .contains("SALESFORCE:Contact:" + contactId + " stands for the person"));
        }
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).as("no second HubSpot contact").isEqualTo(1);
        assertThat(crms.salesforce().count("Lead")).as("no Lead created").isEqualTo(2);
        assertThat(crms.salesforce().count("Contact")).isEqualTo(1);
        assertThat(salesforceRecord(olderLead)).containsEntry("Title", "Engineer");
        assertThat(salesforceRecord(newerLead)).containsEntry("Title", "Architect");
        assertThat(crms.hubspot().record(ObjectType.CONTACTS, hubspotId).orElseThrow().property("company"))
                .as("the Leads' companies never reached HubSpot").contains("Fjordline AS Holding");
    }

    @Test
    void aConvertedLeadHandsThePersonToItsContactAndBothSidesKeepSyncingWithoutADuplicate() {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.salesforce.converted-status", "Closed - Converted");
        try (RunningApp app = RunningApp.start(properties)) {
            String leadId = kimsLeadSyncedToHubSpot(crms, app);
            long hubspotId = awaitContactOf(crms, KIM);

            WriteResult converted = app.bean(SalesforceAdapter.class).leadConverter().orElseThrow()
                    .convert(List.of(leadId)).get(0);
            assertThat(converted).isInstanceOf(WriteResult.Written.class);
            String contactId = salesforceRecord(leadId).get("ConvertedContactId");
            awaitLinked(app, hubspotId, contactId);

            crms.hubspot().update(ObjectType.CONTACTS, hubspotId, Map.of("jobtitle", "VP Engineering"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(salesforceRecord(contactId))
                    .containsEntry("Title", "VP Engineering"));
            crms.salesforce().update(contactId, Map.of("FirstName", "Kimberly"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.hubspot()
                    .record(ObjectType.CONTACTS, hubspotId).orElseThrow().property("firstname")).contains("Kimberly"));

            assertThat(identityAudit(app)).anySatisfy(entry -> assertThat(entry)
                    .contains("identity:lead-converted", "SALESFORCE:Contact:" + contactId));
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).as("no second HubSpot contact").isEqualTo(1);
        assertThat(crms.salesforce().count("Contact")).isEqualTo(1);
    }

    @Test
    void byDefaultALeadDeletedInSalesforceLeavesItsHubSpotContactAndUnlinksBoth() {
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            String leadId = kimsLeadSyncedToHubSpot(crms, app);
            long hubspotId = awaitContactOf(crms, KIM);
            // The echo of the contact's create, settled after the delete, would link the contact again.
            SettledPeople.awaitSettled(app, crms, hubspotId, leadId, PROPAGATION);

            crms.salesforce().delete(leadId);

            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(auditRules(app)).contains("deletes:ignore");
                assertThat(linkCount(app)).isZero();
            });
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
        }
    }

    @Test
    void withDeletesPropagatedALeadDeletedInSalesforceArchivesItsHubSpotContact() {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.deletes", "propagate");
        try (RunningApp app = RunningApp.start(properties)) {
            String leadId = kimsLeadSyncedToHubSpot(crms, app);
            long hubspotId = awaitContactOf(crms, KIM);
            // The echo of the contact's create, settled after the delete, would link the contact again.
            SettledPeople.awaitSettled(app, crms, hubspotId, leadId, PROPAGATION);

            crms.salesforce().delete(leadId);

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.hubspot()
                    .record(ObjectType.CONTACTS, hubspotId).orElseThrow().archived()).isTrue());
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(auditRules(app)).contains("deletes:propagate");
                assertThat(linkCount(app)).isZero();
            });
            assertThat(crms.salesforce().count("Lead")).isZero();
        }
    }

    private long kimInHubSpot() {
        return crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                "lastname", "Larsen", "company", "Fjordline AS Holding")).id();
    }

    private static long linkCount(RunningApp app) {
        return app.jdbc().sql("SELECT COUNT(*) FROM id_map").query(Long.class).single();
    }

    private Map<String, String> salesforceRecord(String id) {
        return crms.salesforce().find(id).orElseThrow();
    }

    private static List<String> duplicateEmailErrors(RunningApp app) {
        return app.jdbc().sql("SELECT DISTINCT record_id FROM sync_error WHERE code = 'DUPLICATE_EMAIL'")
                .query(String.class).list();
    }
}
