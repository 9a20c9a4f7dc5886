package io.leadbridge.app.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Qualification and routing through the running app against both emulators: HubSpot contacts that meet the rules
 * file's MQL criteria become Salesforce Leads with the MQL status and the routed owner, and the audit trail says
 * which rule decided and why.
 */
abstract class QualificationAndRoutingScenario {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);
    private static final String RULES = """
            version: 1
            statuses:
              - { stage: NEW,          hubspot-lifecycle-stage: lead,                   salesforce-lead-status: "Open - Not Contacted" }
              - { stage: MQL,          hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: "Working - Contacted" }
              - { stage: SQL,          hubspot-lifecycle-stage: salesqualifiedlead,     salesforce-lead-status: "Working - Contacted" }
              - { stage: DISQUALIFIED, hubspot-lifecycle-stage: other,                  salesforce-lead-status: "Closed - Not Converted" }
            qualification:
              scoring:
                - { id: senior-title, when: { title-contains: [VP, Chief] }, points: 40 }
                - { id: corporate-email, when: { email: corporate }, points: 20 }
              mql: { outbound-min-score: 60 }
            routing:
              account-owner-match: true
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
                  - { owner: louis@leadbridge-sales.example }
            """;

    @TempDir
    Path directory;

    private EmulatedCrms crms;
    private TestDatabase database;
    private String anna;
    private String louis;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
        anna = salesforceUser("anna", "Anna");
        louis = salesforceUser("louis", "Louis");
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }

    @Test
    void hubSpotContactsMeetingTheMqlCriteriaBecomeSalesforceLeadsWithTheMqlStatusAndTheRoutedOwner()
            throws IOException {
        crms.salesforce().create("Account", Map.of("Name", "Bigco", "Website", "https://www.bigco.example/about",
                "OwnerId", louis));
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.rules.location", "file:" + Files.writeString(directory.resolve("rules.yml"), RULES));
        // the Account only serves the owner match here; synced as a company, its owner (no HubSpot owner) is an error
        properties.put("connector.sync.company-sync-enabled", "false");

        try (RunningApp app = RunningApp.start(properties)) {
            long vp = contact("kim@fjordline.example", "VP Sales", "Fjordline AS");
            Map<String, String> vpLead = awaitLead("kim@fjordline.example", "Working - Contacted");
            long chief = contact("sam@harbour.example", "Chief Revenue Officer", "Harbour Ltd");
            Map<String, String> chiefLead = awaitLead("sam@harbour.example", "Working - Contacted");
            contact("lee@bigco.example", "VP Marketing", "Bigco");
            Map<String, String> accountLead = awaitLead("lee@bigco.example", "Working - Contacted");
            contact("alex.intern@gmail.com", "Intern", "Fjordline AS");
            Map<String, String> internLead = awaitLead("alex.intern@gmail.com", "Open - Not Contacted");

            assertThat(List.of(vpLead.get("OwnerId"), chiefLead.get("OwnerId"))).as("round robin in team sdr")
                    .containsExactly(anna, louis);
            assertThat(accountLead.get("OwnerId")).as("the owner of the bigco.example account").isEqualTo(louis);
            assertThat(internLead.get("OwnerId")).isEqualTo(crms.salesforce().integrationUserId());
            assertThat(audit(app, vp)).containsExactly(
                    "QUALIFICATION mql MQL: score 60 (+40 senior-title (the title contains vp or chief),"
                            + " +20 corporate-email (the email is a corporate address)) reaches the outbound MQL"
                            + " threshold of 60; not SQL yet because the rules set no SQL criteria",
                    "ROUTING default-team no routing rule holds, so the default team sdr takes it; weighted round"
                            + " robin in team sdr: anna@leadbridge-sales.example has the fewest leads for their weight"
                            + " (0 so far, weight 1)");
            assertThat(audit(app, chief)).hasSize(2);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
    }

    private String salesforceUser(String name, String firstName) {
        return crms.salesforce().create("User", Map.of("Username", name + "@leadbridge-sales.example",
                "FirstName", firstName, "LastName", "Seller", "Email", name + "@leadbridge-sales.example",
                "Alias", name));
    }

    private long contact(String email, String title, String company) {
        return crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", email, "firstname", "Pat",
                "lastname", "Example", "jobtitle", title, "company", company)).id();
    }

    private Map<String, String> awaitLead(String email, String status) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                .filter(lead -> email.equals(lead.get("Email")) && status.equals(lead.get("Status"))).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** The person's audit entries of qualification and routing, oldest first, with reasons cut after "because". */
    private static List<String> audit(RunningApp app, long contactId) {
        return app.jdbc().sql("""
                SELECT a.kind, a.rule_id, a.reason FROM audit_entry a
                JOIN id_map m ON m.person_id = a.person_id
                WHERE m.system = 'HUBSPOT' AND m.record_id = ? AND a.kind IN ('QUALIFICATION', 'ROUTING')
                ORDER BY a.id""")
                .param(String.valueOf(contactId))
                .query((rs, row) -> rs.getString("kind") + " " + rs.getString("rule_id") + " " + rs.getString("reason"))
                .list();
    }
}
