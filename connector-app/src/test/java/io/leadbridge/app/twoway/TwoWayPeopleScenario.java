package io.leadbridge.app.twoway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.SettledPeople;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two-way people sync through the running app against both emulators: edits on either side reach the other, and
 * the connector's own writes never come back as writes (no ping-pong), counted at each emulator.
 */
abstract class TwoWayPeopleScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";

    @Test
    void oneEditOnEachSideCostsOneWriteEachOverManyPollCyclesAndBothSidesAgree() {
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            long contactId = userCreatesKimInHubSpot();
            String leadId = awaitLeadOf(KIM);
            awaitSettled(app, contactId, leadId);

            crms.salesforce().update(leadId, Map.of("FirstName", "Kimberly"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(contact(contactId).property("firstname"))
                    .contains("Kimberly"));
            awaitSettled(app, contactId, leadId);

            crms.hubspot().update(ObjectType.CONTACTS, contactId, Map.of("jobtitle", "VP Engineering"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId).get("Title"))
                    .isEqualTo("VP Engineering"));
            awaitSettled(app, contactId, leadId);

            int hubspotWrites = crms.hubspotWrites();
            int salesforceWrites = crms.salesforceWrites();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(crms.hubspotWrites()).isEqualTo(hubspotWrites);
                assertThat(crms.salesforceWrites()).isEqualTo(salesforceWrites);
            });
            assertThat(salesforceWrites).as("Salesforce writes: create the Lead, then the title").isEqualTo(2);
            assertThat(hubspotWrites).as("HubSpot writes: the first name").isEqualTo(1);
            assertThat(lead(leadId)).containsEntry("FirstName", "Kimberly").containsEntry("Title", "VP Engineering")
                    .containsEntry("Email", KIM);
            assertThat(contact(contactId).properties()).containsEntry("firstname", "Kimberly")
                    .containsEntry("jobtitle", "VP Engineering");
            assertThat(crms.salesforce().count("Lead")).isEqualTo(1);
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(1);
        }
    }

    long userCreatesKimInHubSpot() {
        return crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                "lastname", "Larsen", "jobtitle", "CTO", "company", "Fjordline AS", "phone", "+47 555 01 234")).id();
    }

    String awaitLeadOf(String email) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(lead -> email.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    HubSpotRecord contact(long id) {
        return crms.hubspot().record(ObjectType.CONTACTS, id).orElseThrow();
    }

    Map<String, String> lead(String id) {
        return crms.salesforce().find(id).orElseThrow();
    }

    void awaitSettled(RunningApp app, long contactId, String leadId) {
        SettledPeople.awaitSettled(app, crms, contactId, leadId, PROPAGATION);
    }
}
