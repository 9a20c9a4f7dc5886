package io.leadbridge.app.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.PersonFieldRows;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Funnel status both ways through the status table, through the running app against both emulators: a HubSpot
 * move to MQL sets the Lead.Status the table names; Salesforce status changes move HubSpot's lifecycle stage and
 * lead status, backward with clear-then-set; an ambiguous move back is refused and written nowhere; every status
 * decision is in the audit trail; nothing comes back.
 */
abstract class FunnelStatusScenario extends EmulatorScenario {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);
    private static final String KIM = "kim.larsen@fjordline.example";
    /** The default person fields, then the two status fields: HubSpot's pair and Salesforce's Lead.Status. */
    private static final List<String[]> PERSON_FIELDS = List.of(
            new String[] {"email", "email", "Email", "always-hubspot"},
            new String[] {"firstName", "firstname", "FirstName", "two-way-newest-wins"},
            new String[] {"lastName", "lastname", "LastName", "two-way-newest-wins"},
            new String[] {"lifecycleStage", "lifecyclestage", null, "two-way-newest-wins"},
            new String[] {"leadStatus", "hs_lead_status", "Status", "two-way-newest-wins"});

    @Test
    void statusMovesOnEitherSideReachTheOtherThroughTheTableOnceEachAndAreAudited() {
        try (RunningApp app = RunningApp.start(properties())) {
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Larsen", "lifecyclestage", "lead", "hs_lead_status", "IN_PROGRESS")).id();
            String leadId = await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                    .filter(lead -> KIM.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            assertThat(lead(leadId)).containsEntry("Status", "Working - Contacted");
            awaitQuiet(app);

            crms.hubspot().update(ObjectType.CONTACTS, contactId, Map.of("lifecyclestage", "marketingqualifiedlead",
                    "hs_lead_status", "OPEN"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(lead(leadId))
                    .containsEntry("Status", "Open - Not Contacted"));
            awaitQuiet(app);

            crms.salesforce().update(leadId, Map.of("Status", "Working - Contacted"));
            awaitContact(contactId, "salesqualifiedlead", "CONNECTED");
            awaitQuiet(app);

            crms.salesforce().update(leadId, Map.of("Status", "Open - Not Contacted"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(statusReasons(app)).hasSize(4).last()
                    .asString().endsWith("none of them is a move forward from SQL, so the stage stays rather than"
                            + " move back on an ambiguous value"));
            awaitQuiet(app);
            awaitContact(contactId, "salesqualifiedlead", "CONNECTED");

            crms.salesforce().update(leadId, Map.of("Status", "Closed - Not Converted"));
            awaitContact(contactId, "other", "UNQUALIFIED");
            awaitQuiet(app);

            crms.salesforce().update(leadId, Map.of("Status", "Working - Contacted"));
            awaitContact(contactId, "lead", "IN_PROGRESS");
            awaitQuiet(app);

            int hubspotWrites = crms.hubspotWrites();
            int salesforceWrites = crms.salesforceWrites();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(crms.hubspotWrites()).isEqualTo(hubspotWrites);
                assertThat(crms.salesforceWrites()).isEqualTo(salesforceWrites);
            });
            assertThat(salesforceWrites).as("Salesforce writes: the Lead created as WORKING, then MQL").isEqualTo(2);
            assertThat(hubspotWrites).as("HubSpot writes: SQL, DISQUALIFIED, then WORKING as an update HubSpot keeps"
                    + " its later stage for, the clear and the set").isEqualTo(5);
            assertThat(lead(leadId)).containsEntry("Status", "Working - Contacted");
            assertThat(statusRules(app)).containsExactly("status-table:WORKING", "status-table:MQL",
                    "status-table:SQL", "status-table:SQL", "status-table:DISQUALIFIED", "status-table:WORKING");
            assertThat(statusReasons(app)).last().asString().isEqualTo("status: Salesforce Lead.Status "
                    + "'Working - Contacted' is shared by WORKING, SQL; WORKING is the first that moves forward from"
                    + " DISQUALIFIED");
        }
    }

    private Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.putAll(PersonFieldRows.asProperties(PERSON_FIELDS));
        return properties;
    }

    private Map<String, String> lead(String id) {
        return crms.salesforce().find(id).orElseThrow();
    }

    private void awaitContact(long contactId, String lifecycleStage, String leadStatus) {
        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.hubspot()
                .record(ObjectType.CONTACTS, contactId).orElseThrow().properties())
                .containsEntry("lifecyclestage", lifecycleStage).containsEntry("hs_lead_status", leadStatus));
    }

    /** Waits until the inbox has stayed empty for a while: the echoes of our writes have been read and settled. */
    private static void awaitQuiet(RunningApp app) {
        await().atMost(PROPAGATION).during(Duration.ofSeconds(2)).until(() -> app.jdbc()
                .sql("SELECT COUNT(*) FROM change_inbox WHERE status IN ('PENDING', 'CLAIMED')")
                .query(Long.class).single() == 0);
    }

    private static List<String> statusRules(RunningApp app) {
        return app.jdbc().sql("SELECT rule_id FROM audit_entry WHERE kind = 'STATUS' ORDER BY id")
                .query(String.class).list();
    }

    private static List<String> statusReasons(RunningApp app) {
        return app.jdbc().sql("SELECT reason FROM audit_entry WHERE kind = 'STATUS' ORDER BY id")
                .query(String.class).list();
    }
}
