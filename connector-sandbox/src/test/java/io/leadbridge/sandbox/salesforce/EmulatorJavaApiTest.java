package io.leadbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import io.leadbridge.sandbox.salesforce.support.Partner;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeding and inspection without HTTP, as tests and the sandbox seeder use them. */
class EmulatorJavaApiTest {

    @Test
    void seededRecordsAreServedAndCostNoApiRequests() throws Exception {
        try (SalesforceEmulator emulator = SalesforceEmulator.start(SalesforceOptions.builder()
                .externalIdFields(Set.of("HubSpot_Id__c", "HubSpot_Engagement_Id__c")).build())) {
            String account = emulator.create("Account", Map.of("Name", "Acme"));
            String contact = emulator.create("Contact", Map.of("LastName", "Doe", "AccountId", account));
            String task = emulator.create("Task", Map.of("Subject", "Call", "WhoId", contact, "Status", "Completed",
                    "HubSpot_Engagement_Id__c", "9001"));
            Map<String, String> clear = new HashMap<>();
            clear.put("Subject", null);
            emulator.update(task, clear);

            PartnerConnection connection = Partner.connect(emulator, emulator.issueAccessToken());
            assertThat(connection.query("SELECT Id FROM Task WHERE HubSpot_Engagement_Id__c = '9001' AND"
                    + " IsClosed = true").getSize()).isEqualTo(1);
            assertThat(emulator.find(task).orElseThrow()).containsEntry("Subject", null)
                    .containsEntry("IsClosed", "true").containsEntry("TaskSubtype", "Task");
            assertThat(emulator.find(task).orElseThrow().get("CompletedDateTime")).isNotNull();
            assertThat(emulator.count("Contact")).isEqualTo(1);
            assertThat(emulator.list("User")).hasSize(1);
            assertThat(emulator.apiRequestsUsed()).isEqualTo(1);

            emulator.delete(contact);
            assertThat(emulator.count("Contact")).isZero();
            assertThat(emulator.find(contact).orElseThrow()).containsEntry("IsDeleted", "true");
        }
    }

    @Test
    void refusedSeedsNameTheProblem() {
        try (SalesforceEmulator emulator = SalesforceEmulator.start(SalesforceOptions.builder().build())) {
            assertThatThrownBy(() -> emulator.create("Lead", Map.of("Company", "Acme")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Lead refused: Required fields are missing: [LastName]");
            assertThatThrownBy(() -> emulator.create("Lead", Map.of("LastName", "X", "Company", "Acme",
                    "Status", "Nope")))
                    .hasMessageContaining("Status: bad value for restricted picklist field: Nope");
        }
    }
}
