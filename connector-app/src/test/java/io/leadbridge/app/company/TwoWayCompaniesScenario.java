package io.leadbridge.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.app.support.AdminApi;
import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two-way company sync through the running app against both emulators: a HubSpot company becomes one Account, edits
 * on either side reach the other, an Account that existed before is linked by domain rather than duplicated, and
 * the connector's own writes never come back as writes (counted at each emulator). Through the company inbox
 * (ADR 0025): a company whose write may pass later waits without holding the next one, a refused one lands in the
 * error queue and an admin's retry settles it, and stopping between drain batches creates every Account once.
 */
abstract class TwoWayCompaniesScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);

    EmulatedCrms crms;
    TestDatabase database;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }

    @Test
    void aHubSpotCompanyBecomesOneAccountAndOneEditOnEachSideCostsOneWriteEachOverManyPolls() {
        try (RunningApp app = RunningApp.start(properties())) {
            long companyId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Fjordline AS",
                    "domain", "fjordline.example", "numberofemployees", "120", "country", "Norway")).id();
            String accountId = awaitAccountWithWebsite("fjordline.example");
            assertThat(account(accountId)).containsEntry("Name", "Fjordline AS")
                    .containsEntry("NumberOfEmployees", "120").containsEntry("BillingCountry", "Norway");
            awaitSettled(app, companyId, accountId);

            crms.salesforce().update(accountId, Map.of("Name", "Fjordline Group"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(company(companyId).property("name"))
                    .contains("Fjordline Group"));
            awaitSettled(app, companyId, accountId);

            crms.hubspot().update(ObjectType.COMPANIES, companyId, Map.of("country", "Sweden"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(account(accountId))
                    .containsEntry("BillingCountry", "Sweden"));
            awaitSettled(app, companyId, accountId);

            int hubspotWrites = crms.hubspotCompanyWrites();
            int salesforceWrites = crms.salesforceWrites();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(crms.hubspotCompanyWrites()).isEqualTo(hubspotWrites);
                assertThat(crms.salesforceWrites()).isEqualTo(salesforceWrites);
            });
            assertThat(salesforceWrites).as("Salesforce writes: create the Account, then the country").isEqualTo(2);
            assertThat(hubspotWrites).as("HubSpot writes: the name").isEqualTo(1);
            assertThat(account(accountId)).containsEntry("Name", "Fjordline Group")
                    .containsEntry("BillingCountry", "Sweden");
            assertThat(company(companyId).properties()).containsEntry("name", "Fjordline Group")
                    .containsEntry("country", "Sweden");
            assertThat(crms.salesforce().count("Account")).isEqualTo(1);
            assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(1);
        }
    }

    @Test
    void anAccountThatExistedBeforeLeadbridgeIsLinkedByDomainAndUpdatedNeverDuplicated() {
        String accountId = crms.salesforce().create("Account", Map.of("Name", "Cedarworks",
                "Website", "https://www.Cedarworks.example/about", "BillingCountry", "Canada"));
        long companyId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Cedarworks",
                "domain", "cedarworks.example", "numberofemployees", "40")).id();
        try (RunningApp app = RunningApp.start(properties())) {
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(account(accountId))
                    .containsEntry("NumberOfEmployees", "40"));
            awaitSettled(app, companyId, accountId);

            crms.salesforce().update(accountId, Map.of("Name", "Cedarworks Ltd"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(company(companyId).property("name"))
                    .contains("Cedarworks Ltd"));
            awaitSettled(app, companyId, accountId);

            assertThat(crms.salesforce().count("Account")).isEqualTo(1);
            assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(1);
            assertThat(company(companyId).properties()).containsEntry("country", "Canada");
            assertThat(account(accountId)).containsEntry("Website", "https://www.Cedarworks.example/about");
            assertThat(linkedRecords(app)).containsExactlyInAnyOrder("HUBSPOT:company:" + companyId,
                    "SALESFORCE:Account:" + accountId);
        }
    }

    @Test
    void anAccountCreatedInSalesforceBecomesOneHubSpotCompany() {
        try (RunningApp app = RunningApp.start(properties())) {
            String accountId = crms.salesforce().create("Account", Map.of("Name", "Nordlys Energi",
                    "Website", "nordlys.example", "NumberOfEmployees", "300"));
            HubSpotRecord company = await().atMost(PROPAGATION).until(() -> crms.hubspot()
                    .records(ObjectType.COMPANIES).stream().findFirst(), Optional::isPresent).orElseThrow();
            awaitSettled(app, company.id(), accountId);

            assertThat(company(company.id()).properties()).containsEntry("name", "Nordlys Energi")
                    .containsEntry("domain", "nordlys.example").containsEntry("numberofemployees", "300");
            assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(1);
            assertThat(crms.hubspotCompanyWrites()).as("the create").isEqualTo(1);
            assertThat(crms.salesforceWrites()).isZero();
        }
    }

    @Test
    void ownerChangesTravelBothWaysByEmailAndAnOwnerWithoutACounterpartIsReportedWhileTheOtherFieldsSync() {
        String kimInHubSpot = hubspotOwner("kim.larsen@seller.example", "Kim", "Larsen");
        String olaInHubSpot = hubspotOwner("ola.nordmann@seller.example", "Ola", "Nordmann");
        String kimInSalesforce = salesforceUser("Kim.Larsen@seller.example", "Kim", "Larsen");
        String olaInSalesforce = salesforceUser("ola.nordmann@seller.example", "Ola", "Nordmann");
        String noorInSalesforce = salesforceUser("noor.haddad@seller.example", "Noor", "Haddad");
        try (RunningApp app = RunningApp.start(properties())) {
            long companyId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Fjordline AS",
                    "domain", "fjordline.example", "hubspot_owner_id", kimInHubSpot)).id();
            String accountId = awaitAccountWithWebsite("fjordline.example");
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(account(accountId))
                    .containsEntry("OwnerId", kimInSalesforce));
            awaitSettled(app, companyId, accountId);

            crms.salesforce().update(accountId, Map.of("OwnerId", olaInSalesforce));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(company(companyId)
                    .property("hubspot_owner_id")).contains(olaInHubSpot));
            awaitSettled(app, companyId, accountId);

            crms.hubspot().update(ObjectType.COMPANIES, companyId, Map.of("hubspot_owner_id", kimInHubSpot));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(account(accountId))
                    .containsEntry("OwnerId", kimInSalesforce));
            awaitSettled(app, companyId, accountId);

            crms.salesforce().update(accountId, Map.of("OwnerId", noorInSalesforce, "BillingCountry", "Norway"));
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(company(companyId).property("country"))
                    .contains("Norway"));
            awaitSettled(app, companyId, accountId);

            assertThat(company(companyId).property("hubspot_owner_id")).contains(kimInHubSpot);
            assertThat(openErrors(app, accountId)).singleElement().asString()
                    .startsWith("OWNER_NOT_FOUND").contains("noor.haddad@seller.example");
        }
    }

    @Test
    void aCompanyWhoseAccountWriteMayPassLaterWaitsWithoutHoldingTheCompanyAfterIt() {
        crms.lockSalesforceWritesContaining("stuck.example");
        Map<String, String> oneAtATime = properties();
        oneAtATime.put("connector.sync.batch-size", "1");
        oneAtATime.put("connector.sync.retry.initial-backoff", "200ms");
        oneAtATime.put("connector.sync.retry.max-backoff", "1s");
        oneAtATime.put("connector.sync.retry.max-attempts", "1000");
        try (RunningApp app = RunningApp.start(oneAtATime)) {
            long stuckId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Stuck Industries",
                    "domain", "stuck.example")).id();
            long fjordlineId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Fjordline AS",
                    "domain", "fjordline.example")).id();

            String fjordlineAccount = awaitAccountWithWebsite("fjordline.example");
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(inboxRowsOf(app, stuckId))
                    .as("tried, failed, waiting its backoff").singleElement().asString().startsWith("PENDING")
                    .contains("UNABLE_TO_LOCK_ROW").doesNotContain("attempts 0"));
            assertThat(watermark(app, "hubspot.companies")).as("the watermark went past the stuck company")
                    .endsWith(" " + fjordlineId);
            assertThat(crms.salesforce().list("Account")).extracting(a -> a.get("Website"))
                    .containsExactly("fjordline.example");

            crms.acceptSalesforceWrites();
            String stuckAccount = awaitAccountWithWebsite("stuck.example");
            awaitNothingPendingAndNoMoreWrites(app);

            assertThat(crms.salesforce().list("Account")).extracting(a -> a.get("Id"))
                    .containsExactlyInAnyOrder(stuckAccount, fjordlineAccount);
            assertThat(openErrors(app, String.valueOf(stuckId))).isEmpty();
        }
    }

    @Test
    void aRefusedCompanyLandsInTheErrorQueueWithTheVendorsFieldAndARetryAfterSalesforceAcceptsSettlesIt() {
        crms.refuseSalesforceCreatesContaining("refused.example", "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "BillingCountry", "Billing country must be one the sales team covers");
        Map<String, String> oneAtATime = properties();
        oneAtATime.put("connector.sync.batch-size", "1");
        try (RunningApp app = RunningApp.start(oneAtATime)) {
            long refusedId = crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Refused AS",
                    "domain", "refused.example", "country", "Atlantis")).id();

            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(openErrors(app, String.valueOf(refusedId)))
                    .singleElement().asString().startsWith("FIELD_CUSTOM_VALIDATION_EXCEPTION")
                    .contains("Billing country must be one the sales team covers"));
            long errorId = app.jdbc().sql("SELECT id FROM sync_error WHERE record_id = ? AND status = 'OPEN'")
                    .params(String.valueOf(refusedId)).query(Long.class).single();
            assertThat(app.jdbc().sql("SELECT fields FROM sync_error WHERE id = ?").params(errorId)
                    .query(String.class).single()).contains("BillingCountry");
            assertThat(inboxRowsOf(app, refusedId)).singleElement().asString().startsWith("PARKED");
            assertThat(crms.salesforce().count("Account")).isZero();

            crms.acceptSalesforceWrites();
            AdminApi api = new AdminApi(app);
            AdminApi.Answer retried = api.post("/api/errors/" + errorId + "/retry", "");
            assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

            String accountId = awaitAccountWithWebsite("refused.example");
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(api.get("/api/errors/" + errorId).json()
                    .path("status").asString()).isEqualTo("RESOLVED"));
            awaitSettled(app, refusedId, accountId);
            assertThat(account(accountId)).containsEntry("Name", "Refused AS")
                    .containsEntry("BillingCountry", "Atlantis");
            assertThat(crms.salesforce().count("Account")).isEqualTo(1);
        }
    }

    @Test
    void stoppingTheAppBetweenDrainBatchesAndRestartingCreatesEveryAccountExactlyOnce() {
        int companies = 7;
        for (int i = 1; i <= companies; i++) {
            crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", "Company " + i,
                    "domain", "company" + i + ".example"));
        }
        Map<String, String> smallBatches = properties();
        smallBatches.put("connector.sync.batch-size", "2");
        smallBatches.put("connector.sync.drain-interval", "1s");
        try (RunningApp app = RunningApp.start(smallBatches)) {
            await().atMost(PROPAGATION).until(() -> app.jdbc()
                    .sql("SELECT COUNT(*) FROM company_inbox WHERE status = 'SETTLED'").query(Long.class)
                    .single() >= 2);
        }

        try (RunningApp app = RunningApp.start(properties())) {
            await().atMost(PROPAGATION).untilAsserted(() ->
                    assertThat(crms.salesforce().count("Account")).isEqualTo(companies));
            awaitNothingPendingAndNoMoreWrites(app);

            assertThat(crms.salesforce().list("Account")).extracting(a -> a.get("Website"))
                    .doesNotHaveDuplicates().hasSize(companies);
            assertThat(linkedRecords(app)).hasSize(2 * companies);
            assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(companies);
        }
    }

    Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(crms.appProperties(database));
        p.put("connector.sync.company-poll-interval", "200ms");
        return p;
    }

    String awaitAccountWithWebsite(String website) {
        return await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Account").stream()
                        .filter(a -> website.equals(a.get("Website"))).map(a -> a.get("Id")).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    HubSpotRecord company(long id) {
        return crms.hubspot().record(ObjectType.COMPANIES, id).orElseThrow();
    }

    Map<String, String> account(String id) {
        return crms.salesforce().find(id).orElseThrow();
    }

    /**
     * Waits until both streams' committed watermarks have reached the current version of each record (our own
     * writes included) and the company inbox holds nothing pending: from here on, any further write would be
     * ping-pong.
     */
    void awaitSettled(RunningApp app, long companyId, String accountId) {
        await().atMost(PROPAGATION).untilAsserted(() -> {
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM company_inbox WHERE status = 'PENDING'")
                    .query(Long.class).single()).isZero();
            assertThat(watermark(app, "hubspot.companies"))
                    .isEqualTo(company(companyId).updatedAt().truncatedTo(ChronoUnit.MILLIS) + " " + companyId);
            assertThat(watermark(app, "salesforce.accounts"))
                    .isEqualTo(Instant.parse(account(accountId).get("SystemModstamp")) + " " + accountId);
        });
    }

    private static String watermark(RunningApp app, String stream) {
        return app.jdbc().sql("SELECT modified_at, record_id FROM stream_watermark WHERE stream_key = ?")
                .params(stream)
                .query((rs, row) -> SqlTime.instant(rs, "modified_at") + " " + rs.getString("record_id"))
                .optional().orElse("nothing");
    }

    private String hubspotOwner(String email, String firstName, String lastName) {
        return String.valueOf(crms.hubspot().createOwner(email, firstName, lastName, "SALES").id());
    }

    private String salesforceUser(String email, String firstName, String lastName) {
        return crms.salesforce().create("User", Map.of("Username", email, "Email", email, "FirstName", firstName,
                "LastName", lastName, "Alias", firstName.toLowerCase(Locale.ROOT)));
    }

    /** Waits until the company inbox holds nothing unsettled and neither CRM receives another write for a while. */
    void awaitNothingPendingAndNoMoreWrites(RunningApp app) {
        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc()
                .sql("SELECT COUNT(*) FROM company_inbox WHERE status <> 'SETTLED'").query(Long.class).single())
                .isZero());
        int hubspotWrites = crms.hubspotCompanyWrites();
        int salesforceWrites = crms.salesforceWrites();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(crms.hubspotCompanyWrites()).isEqualTo(hubspotWrites);
            assertThat(crms.salesforceWrites()).isEqualTo(salesforceWrites);
        });
    }

    /** The inbox rows of a HubSpot company: status, attempts and the last error code. */
    private static List<String> inboxRowsOf(RunningApp app, long companyId) {
        return app.jdbc().sql("""
                        SELECT status, attempts, last_error_code FROM company_inbox
                        WHERE source_system = 'HUBSPOT' AND record_id = ?""")
                .params(String.valueOf(companyId))
                .query((rs, row) -> rs.getString("status") + " attempts " + rs.getInt("attempts") + " "
                        + rs.getString("last_error_code"))
                .list();
    }

    private static List<String> openErrors(RunningApp app, String recordId) {
        return app.jdbc().sql("SELECT code, message FROM sync_error WHERE record_id = ? AND status = 'OPEN'")
                .params(recordId)
                .query((rs, row) -> rs.getString("code") + ": " + rs.getString("message"))
                .list();
    }

    private static List<String> linkedRecords(RunningApp app) {
        return app.jdbc().sql("SELECT system, object_type, record_id FROM id_map WHERE object_type IN ('company', 'Account')")
                .query((rs, row) -> rs.getString("system") + ":" + rs.getString("object_type") + ":"
                        + rs.getString("record_id"))
                .list();
    }
}
