package io.leadbridge.app.twoway;

import static io.leadbridge.salesforce.support.SharedSpecs.outboundFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.SalesforceOutboundMessages;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2 the scenario also covers each direction on its own and a restart mid-way. */
class TwoWayPeopleOnH2Test extends TwoWayPeopleScenario {

    private static final String NOOR = "noor.haddad@cedarworks.example";

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }

    @Test
    void aLeadCreatedAndThenEditedInSalesforceCreatesAndThenChangesOneHubSpotContact() {
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            String leadId = crms.salesforce().create("Lead", Map.of("Email", NOOR, "FirstName", "Noor",
                    "LastName", "Haddad", "Company", "Cedarworks", "Title", "Head of Sales Ops"));
            long contactId = awaitContactOf(NOOR).id();
            awaitSettled(app, contactId, leadId);

            crms.salesforce().update(leadId, Map.of("Title", "VP Revenue Operations"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(contactId).property("jobtitle"))
                    .contains("VP Revenue Operations"));
            awaitSettled(app, contactId, leadId);
            assertThat(contact(contactId).properties()).containsEntry("email", NOOR)
                    .containsEntry("firstname", "Noor").containsEntry("lastname", "Haddad")
                    .containsEntry("company", "Cedarworks");
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
            assertThat(crms.hubspotWrites()).as("create, then the title").isEqualTo(2);
            assertThat(crms.salesforceWrites()).isZero();
        }
    }

    @Test
    void aContactEditedInHubSpotChangesItsLeadAndNothingComesBack() {
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            long contactId = userCreatesKimInHubSpot();
            String leadId = awaitLeadOf(KIM);
            awaitSettled(app, contactId, leadId);

            crms.hubspot().update(ObjectType.CONTACTS, contactId, Map.of("lastname", "Larsen-Berg",
                    "phone", "+47 555 09 876"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("LastName", "Larsen-Berg").containsEntry("Phone", "+47 555 09 876"));
            awaitSettled(app, contactId, leadId);
            assertThat(crms.salesforce().count("Lead")).isEqualTo(1);
            assertThat(crms.salesforceWrites()).as("create, then the edit").isEqualTo(2);
            assertThat(crms.hubspotWrites()).isZero();
        }
    }

    @Test
    void aLeadThatExistedBeforeLeadbridgeIsMatchedByEmailAndUpdatedByAHubSpotEditNeverDuplicated() {
        String leadId = crms.salesforce().create("Lead", Map.of("Email", NOOR, "FirstName", "Noor",
                "LastName", "Haddad", "Company", "Cedarworks"));
        long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", NOOR, "firstname", "Noor",
                "lastname", "Haddad", "company", "Cedarworks")).id();

        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            awaitSettled(app, contactId, leadId);

            crms.hubspot().update(ObjectType.CONTACTS, contactId, Map.of("jobtitle", "Director of Sales Ops"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("Title", "Director of Sales Ops")
                    .containsEntry("HubSpot_Id__c", String.valueOf(contactId)));
            awaitSettled(app, contactId, leadId);
        }

        assertThat(crms.salesforce().count("Lead")).isEqualTo(1);
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
    }

    @Test
    void changesMadeWhileTheAppIsStoppedAreEachSyncedOnceAfterTheRestartWithoutDuplicates() {
        long kimInHubSpot;
        String kimInSalesforce;
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            kimInHubSpot = userCreatesKimInHubSpot();
            kimInSalesforce = awaitLeadOf(KIM);
            awaitSettled(app, kimInHubSpot, kimInSalesforce);
        }

        crms.salesforce().update(kimInSalesforce, Map.of("FirstName", "Kimberly"));
        crms.hubspot().update(ObjectType.CONTACTS, kimInHubSpot, Map.of("jobtitle", "VP Engineering"));
        String noorInSalesforce = crms.salesforce().create("Lead", Map.of("Email", NOOR, "FirstName", "Noor",
                "LastName", "Haddad", "Company", "Cedarworks"));

        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            long noorInHubSpot = awaitContactOf(NOOR).id();
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(contact(kimInHubSpot).property("firstname")).contains("Kimberly");
                assertThat(lead(kimInSalesforce)).containsEntry("Title", "VP Engineering");
            });
            awaitSettled(app, kimInHubSpot, kimInSalesforce);
            awaitSettled(app, noorInHubSpot, noorInSalesforce);
        }

        assertThat(crms.salesforce().count("Lead")).isEqualTo(2);
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(2);
        assertThat(crms.salesforceWrites()).as("Kim's Lead created, then her title").isEqualTo(2);
        assertThat(crms.hubspotWrites()).as("Kim's first name, Noor's contact created").isEqualTo(2);
        assertThat(lead(kimInSalesforce)).containsEntry("FirstName", "Kimberly");
        assertThat(contact(kimInHubSpot).property("jobtitle")).contains("VP Engineering");
    }

    @Test
    void anOutboundMessageBringsTheLeadItNamesToHubSpotWithoutWaitingForThePoller() throws Exception {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.salesforce-poll-interval", "1h");
        try (RunningApp app = RunningApp.start(properties)) {
            MeterRegistry meters = app.bean(MeterRegistry.class);
            await().atMost(PROPAGATION).until(() -> meters.find("leadbridge.changes.read")
                    .tag("stream", "salesforce.leads").counter() != null);
            String leadId = crms.salesforce().create("Lead", Map.of("Email", NOOR, "FirstName", "Noor",
                    "LastName", "Haddad", "Company", "Cedarworks"));

            HttpResponse<String> answer = SalesforceOutboundMessages.post(app,
                    outboundFixture("lead-notification.xml")
                    .replace("00D5g000004AbCdEAK", crms.salesforce().organizationId())
                    .replace("<sf:Id>00Q5g00000AbCd1EAF</sf:Id>", "<sf:Id>" + leadId + "</sf:Id>"));

            assertThat(answer.statusCode()).isEqualTo(200);
            long contactId = awaitContactOf(NOOR).id();
            assertThat(contact(contactId).properties()).containsEntry("firstname", "Noor")
                    .containsEntry("lastname", "Haddad").containsEntry("company", "Cedarworks");
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE processed_at IS NULL")
                    .query(Long.class).single()).isZero());
            assertThat(meters.counter("leadbridge.changes.read", "stream", "salesforce.leads").count()).isZero();
            assertThat(crms.hubspotWrites()).isEqualTo(1);
        }
    }

    private HubSpotRecord awaitContactOf(String email) {
        return await().atMost(PROPAGATION).until(() -> crms.hubspot().contactByEmail(email),
                java.util.Optional::isPresent).orElseThrow();
    }
}
