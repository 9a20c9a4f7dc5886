package io.leadbridge.app.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.PersonFieldRows;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.SettledPeople;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People's owners through the running app against both emulators (ADR 0024): a contact's HubSpot owner and its
 * Lead's owner stay the same person by email both ways, an owner without a counterpart is reported while the other
 * fields sync, and the owner routing gives a Lead reaches the contact once, without ping-pong (writes counted at
 * each emulator).
 */
abstract class PeoplesOwnersScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";
    /** Some of the default person-field table, and the owner mapped both ways. */
    static final List<String[]> PERSON_FIELDS = List.of(
            new String[] {"email", "email", "Email", "always-hubspot"},
            new String[] {"firstName", "firstname", "FirstName", "two-way-newest-wins"},
            new String[] {"lastName", "lastname", "LastName", "two-way-newest-wins"},
            new String[] {"title", "jobtitle", "Title", "two-way-newest-wins"},
            new String[] {"company", "company", "Company", "two-way-newest-wins"},
            new String[] {"ownerEmail", "hubspot_owner_id", "OwnerId", "two-way-newest-wins"});
    /** A VP or a director is an MQL, and every MQL goes to Anna. */
    static final String RULES = """
            version: 1
            routing:
              default-team: ae
              teams:
                ae:
                  - { owner: anna@leadbridge-sales.example }
            qualification:
              mql: { outbound-min-score: 70 }
              scoring:
                - { id: leader, when: { title-contains: [VP, Director] }, points: 70 }
            statuses:
              - { stage: NEW, hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Open - Not Contacted" }
              - { stage: MQL, hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: "Working - Contacted" }
            """;

    @TempDir
    Path directory;

    @Test
    void ownerChangesTravelBothWaysByEmailAndAnOwnerWithoutACounterpartIsReportedWhileTheOtherFieldsSync() {
        String kimInHubSpot = hubspotOwner("kim@leadbridge-sales.example", "Kim");
        String olaInHubSpot = hubspotOwner("ola@leadbridge-sales.example", "Ola");
        String kimInSalesforce = salesforceUser("Kim@Leadbridge-Sales.example", "Kim");
        String olaInSalesforce = salesforceUser("ola@leadbridge-sales.example", "Ola");
        String noorInSalesforce = salesforceUser("noor@leadbridge-sales.example", "Noor");
        try (RunningApp app = RunningApp.start(properties())) {
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Larsen", "jobtitle", "CTO", "company", "Fjordline AS", "hubspot_owner_id", kimInHubSpot))
                    .id();
            String leadId = awaitLeadOf(KIM);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("OwnerId", kimInSalesforce));
            awaitSettled(app, contactId, leadId);

            crms.salesforce().update(leadId, Map.of("OwnerId", olaInSalesforce));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(contactId)
                    .property("hubspot_owner_id")).contains(olaInHubSpot));
            awaitSettled(app, contactId, leadId);

            crms.hubspot().update(ObjectType.CONTACTS, contactId, Map.of("hubspot_owner_id", kimInHubSpot));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("OwnerId", kimInSalesforce));
            awaitSettled(app, contactId, leadId);

            crms.salesforce().update(leadId, Map.of("OwnerId", noorInSalesforce, "Title", "CEO"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(contactId).property("jobtitle"))
                    .contains("CEO"));
            awaitSettled(app, contactId, leadId);

            List<Integer> writes = writesOnceNoMoreCome();
            assertThat(writes).as("HubSpot writes: Ola as the owner, then the title; Salesforce writes: create the"
                    + " Lead, then Kim as its owner").containsExactly(2, 2);
            assertThat(contact(contactId).property("hubspot_owner_id")).contains(kimInHubSpot);
            assertThat(openErrors(app, leadId)).singleElement().asString()
                    .startsWith("OWNER_NOT_FOUND").contains("noor@leadbridge-sales.example");
            assertThat(ownerDecisions(app, contactId)).anySatisfy(reason -> assertThat(reason)
                    .contains("owner not found").contains("noor@leadbridge-sales.example"));
        }
    }

    @Test
    void theOwnerRoutingGivesALeadReachesTheContactOnceAndNeverComesBack() throws IOException {
        String kimInHubSpot = hubspotOwner("kim@leadbridge-sales.example", "Kim");
        String annaInHubSpot = hubspotOwner("anna@leadbridge-sales.example", "Anna");
        salesforceUser("kim@leadbridge-sales.example", "Kim");
        String annaInSalesforce = salesforceUser("anna@leadbridge-sales.example", "Anna");
        Map<String, String> properties = properties();
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), RULES));
        try (RunningApp app = RunningApp.start(properties)) {
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Larsen", "jobtitle", "VP Sales", "company", "Fjordline AS",
                    "hubspot_owner_id", kimInHubSpot)).id();
            String leadId = awaitLeadOf(KIM);
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("OwnerId", annaInSalesforce));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(contactId)
                    .property("hubspot_owner_id")).contains(annaInHubSpot));
            awaitSettled(app, contactId, leadId);

            List<Integer> writes = writesOnceNoMoreCome();
            assertThat(writes).as("HubSpot writes: the routed owner; Salesforce writes: create the Lead, then route it")
                    .containsExactly(1, 2);
            assertThat(lead(leadId)).containsEntry("OwnerId", annaInSalesforce);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
    }

    Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(crms.appProperties(database));
        p.putAll(PersonFieldRows.asProperties(PERSON_FIELDS));
        p.put("connector.sync.company-sync-enabled", "false");
        return p;
    }

    private String awaitLeadOf(String email) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(lead -> email.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private HubSpotRecord contact(long id) {
        return crms.hubspot().record(ObjectType.CONTACTS, id).orElseThrow();
    }

    private Map<String, String> lead(String id) {
        return crms.salesforce().find(id).orElseThrow();
    }

    private String hubspotOwner(String email, String firstName) {
        return String.valueOf(crms.hubspot().createOwner(email, firstName, "Seller", "SALES").id());
    }

    private String salesforceUser(String email, String firstName) {
        return crms.salesforce().create("User", Map.of("Username", email.toLowerCase(Locale.ROOT), "Email", email,
                "FirstName", firstName, "LastName", "Seller", "Alias", firstName.toLowerCase(Locale.ROOT)));
    }

    private void awaitSettled(RunningApp app, long contactId, String leadId) {
        SettledPeople.awaitSettled(app, crms, contactId, leadId, PROPAGATION);
    }

    /** Waits over several poll cycles in which neither CRM receives a write; returns HubSpot's and Salesforce's. */
    private List<Integer> writesOnceNoMoreCome() {
        int hubspotWrites = crms.hubspotWrites();
        int salesforceWrites = crms.salesforceWrites();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(crms.hubspotWrites()).isEqualTo(hubspotWrites);
            assertThat(crms.salesforceWrites()).isEqualTo(salesforceWrites);
        });
        return List.of(hubspotWrites, salesforceWrites);
    }

    private static List<String> openErrors(RunningApp app, String recordId) {
        return app.jdbc().sql("SELECT code, message FROM sync_error WHERE record_id = ? AND status = 'OPEN'")
                .params(recordId)
                .query((rs, row) -> rs.getString("code") + ": " + rs.getString("message"))
                .list();
    }

    /** The reasons of the person's field decisions about the owner. */
    private static List<String> ownerDecisions(RunningApp app, long contactId) {
        return app.jdbc().sql("""
                SELECT a.reason FROM audit_entry a JOIN id_map m ON m.person_id = a.person_id
                WHERE m.system = 'HUBSPOT' AND m.record_id = ? AND a.kind = 'FIELD_DECISION'
                AND a.rule_id = 'field-ownership:ownerEmail' ORDER BY a.id""")
                .param(String.valueOf(contactId))
                .query((rs, row) -> rs.getString("reason"))
                .list();
    }
}
