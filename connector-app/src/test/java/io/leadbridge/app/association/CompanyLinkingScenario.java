package io.leadbridge.app.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lead-to-account by email domain through the running app against both emulators (ADR 0024): a HubSpot contact
 * without a company is associated with the company of its email domain, a Salesforce Contact without an Account gets
 * that Account, each once; a company a user chose is kept, and free-mail addresses match nothing.
 */
abstract class CompanyLinkingScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);

    @Test
    void peopleWithoutACompanyAreLinkedToTheCompanyOfTheirEmailDomainOnceAndAUsersChoiceIsKept() {
        long fjordline = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Fjordline AS",
                "domain", "fjordline.example")).id();
        String fjordlineAccount = crms.salesforce().create("Account", Map.of("Name", "Fjordline AS",
                "Website", "https://www.fjordline.example"));
        long other = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Harbour Ltd",
                "domain", "harbour.example")).id();
        long chosen = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "ola@fjordline.example",
                "firstname", "Ola", "lastname", "Nordmann", "company", "Fjordline AS")).id();
        crms.hubspot().associate(ObjectType.CONTACTS, chosen, ObjectType.COMPANIES, other);
        try (RunningApp app = RunningApp.start(properties())) {
            long kim = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example",
                    "firstname", "Kim", "lastname", "Larsen", "company", "Fjordline AS")).id();
            long gmail = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", "pat.fjordline@gmail.com",
                    "firstname", "Pat", "lastname", "Example", "company", "Fjordline AS")).id();
            String ana = crms.salesforce().create("Contact", Map.of("Email", "ana@fjordline.example",
                    "FirstName", "Ana", "LastName", "Berg"));

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(companiesOf(kim)).containsExactly(fjordline));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(crms.salesforce().find(ana).orElseThrow())
                    .containsEntry("AccountId", fjordlineAccount));
            long anaInHubSpot = await().atMost(PROPAGATION).until(() -> contactWithEmail("ana@fjordline.example"),
                    Optional::isPresent).orElseThrow().id();
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(companiesOf(anaInHubSpot))
                    .containsExactly(fjordline));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(linkChecks(app, String.valueOf(chosen)))
                    .containsExactly("KEPT"));

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(companiesOf(kim)).containsExactly(fjordline);
                assertThat(companiesOf(chosen)).containsExactly(other);
                assertThat(companiesOf(gmail)).isEmpty();
                assertThat(linkChecks(app, String.valueOf(kim))).containsExactly("LINKED");
                assertThat(linkChecks(app, ana)).containsExactly("LINKED");
            });
            assertThat(crms.salesforce().count("Account")).as("Fjordline's linked, Harbour's created").isEqualTo(2);
            assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(2);
        }
    }

    Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(crms.appProperties(database));
        p.put("connector.sync.company-linking-enabled", "true");
        p.put("connector.sync.company-poll-interval", "200ms");
        return p;
    }

    private List<Long> companiesOf(long contactId) {
        return crms.hubspot().associatedIds(ObjectType.CONTACTS, contactId, ObjectType.COMPANIES);
    }

    private Optional<HubSpotRecord> contactWithEmail(String email) {
        return crms.hubspot().records(ObjectType.CONTACTS).stream()
                .filter(c -> c.property("email").filter(email::equals).isPresent()).findFirst();
    }

    /** The outcome of each company check of one record, oldest first. */
    private static List<String> linkChecks(RunningApp app, String recordId) {
        return app.jdbc().sql("SELECT details FROM audit_entry WHERE kind = 'ASSOCIATION' AND record_id = ?"
                        + " ORDER BY id")
                .param(recordId)
                .query((rs, row) -> rs.getString("details").replaceAll(".*\"action\"\\s*:\\s*\"([A-Z_]+)\".*", "$1"))
                .list();
    }
}
