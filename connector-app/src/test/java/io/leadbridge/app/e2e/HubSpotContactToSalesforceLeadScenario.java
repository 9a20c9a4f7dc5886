package io.leadbridge.app.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.leadbridge.app.support.E2eResources;
import io.leadbridge.app.support.LiveApp;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first end-to-end slice through the running app: HubSpot contacts found by CRM search become
 * Salesforce Leads, upserted on the HubSpot-id external field. Runs once per database (H2, PostgreSQL).
 */
abstract class HubSpotContactToSalesforceLeadScenario {

    private static final String ORG_ID = "00D5g000004AbCdEAK";
    private static final String SOAP_PATH = "/services/Soap/u/65.0/" + ORG_ID;
    private static final String SEARCH_PATH = "/crm/objects/2026-03/contacts/search";

    private WireMockServer hubspot;
    private WireMockServer salesforce;
    private TestDatabase database;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        hubspot = new WireMockServer(options().dynamicPort());
        salesforce = new WireMockServer(options().dynamicPort());
        hubspot.start();
        salesforce.start();
        hubspot.stubFor(post(urlEqualTo(SEARCH_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader("X-HubSpot-Correlation-Id", "5f1c3e1a-7f43-4a1e-9d7b-0c5e2a9e1b11")
                .withBody(resource("hubspot-contacts-search.json"))));
        stubSalesforceStartUp();
        LiveApp.stubPortalProperties(hubspot);
    }

    /** The org answers the start-up describe of Lead and has no Leads to read. */
    private void stubSalesforceStartUp() {
        LiveApp.stubLeadDescribe(salesforce);
        LiveApp.stubEmptySalesforceReads(salesforce);
    }

    @AfterEach
    void stopCrms() {
        hubspot.stop();
        salesforce.stop();
        database.close();
    }

    @Test
    void aFailedSalesforceWriteHoldsTheWatermarkAndResumingWritesEachContactExactlyOnce() {
        salesforce.stubFor(upsert().willReturn(soap(500, "salesforce-fault-unable-to-lock-row.xml")));

        try (RunningApp app = RunningApp.start(properties())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(salesforce.findAll(upsertRequests())).isNotEmpty();
                assertThat(failedAttempts(app)).isEqualTo(3);
            });
            assertThat(committedWatermark(app)).isEmpty();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM id_map WHERE system = 'SALESFORCE'")
                    .query(Long.class).single()).isZero();
        }

        salesforce.resetAll();
        stubSalesforceStartUp();
        salesforce.stubFor(upsert().willReturn(soap(200, "salesforce-upsert-3-leads.xml")));

        try (RunningApp app = RunningApp.start(properties())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(committedWatermark(app)).containsExactly("2026-11-24T16:41:03.250Z|1247102"));

            assertThat(salesforce.findAll(upsertRequests())).hasSize(1);
            salesforce.verify(1, upsertOf3Leads()
                    .withRequestBody(leadField(1, "HubSpot_Id__c", "1246965"))
                    .withRequestBody(leadField(1, "Email", "ada.lovelace@analytical-engines.example"))
                    .withRequestBody(leadField(1, "FirstName", "Ada"))
                    .withRequestBody(leadField(1, "LastName", "Lovelace"))
                    .withRequestBody(leadField(1, "Company", "Analytical Engines Ltd"))
                    .withRequestBody(leadField(1, "Title", "Head of Engineering"))
                    .withRequestBody(leadField(1, "Phone", "+44 20 7946 0958"))
                    .withRequestBody(leadField(2, "HubSpot_Id__c", "1246978"))
                    .withRequestBody(leadField(2, "Company", "Difference Works GmbH"))
                    .withRequestBody(leadField(3, "HubSpot_Id__c", "1247102"))
                    .withRequestBody(leadField(3, "LastName", "[not provided]"))
                    .withRequestBody(leadField(3, "Company", "[not provided]"))
                    // A new Lead is blank: a field the contact lacks is left out, not cleared with fieldsToNull.
                    .withRequestBody(matchingXPath("/*[count(//*[local-name()='sObjects'][3]/*[local-name()='Title'"
                            + " or local-name()='fieldsToNull']) = 0]"))
                    .withRequestBody(matchingXPath(
                            "/*[count(//*[local-name()='sObjects'][2]/*[local-name()='Phone' or text()='Phone']) = 0]")));

            assertThat(app.jdbc().sql("SELECT record_id FROM id_map WHERE system = 'SALESFORCE' ORDER BY record_id")
                    .query(String.class).list())
                    .containsExactly("00Q5g00000LbE2aEAF", "00Q5g00000LbE2bEAF", "00Q5g00000LbE2cEAF");
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE status <> 'DONE'")
                    .query(Long.class).single()).isZero();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }

        hubspot.verify(matchingSearchOnLastModifiedDate());
    }

    private Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(database.springProperties());
        p.put("connector.hubspot.base-url", hubspot.baseUrl());
        p.put("connector.hubspot.access-token", "pat-eu1-11111111-2222-3333-4444-555555555555");
        p.put("connector.salesforce.instance-url", salesforce.baseUrl());
        p.put("connector.salesforce.organization-id", ORG_ID);
        p.put("connector.salesforce.access-token", "00D5g000004AbCd!AQ0AQE2eTestSessionToken");
        p.put("connector.sync.poll-interval", "200ms");
        p.put("connector.sync.drain-interval", "100ms");
        p.put("connector.sync.retry.initial-backoff", "100ms");
        p.put("connector.sync.retry.max-backoff", "200ms");
        p.put("connector.sync.retry.max-attempts", "1000");
        return p;
    }

    private static long failedAttempts(RunningApp app) {
        return app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE attempts > 0 AND last_error_code = 'UNABLE_TO_LOCK_ROW'")
                .query(Long.class).single();
    }

    private static List<String> committedWatermark(RunningApp app) {
        return app.jdbc().sql("SELECT modified_at, record_id FROM stream_watermark WHERE stream_key = 'hubspot.contacts'")
                .query((rs, row) -> rs.getObject("modified_at", java.time.OffsetDateTime.class).toInstant() + "|"
                        + rs.getString("record_id"))
                .list();
    }

    private static MappingBuilder upsert() {
        return post(urlEqualTo(SOAP_PATH)).withRequestBody(
                matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='upsert']"));
    }

    private static RequestPatternBuilder upsertRequests() {
        return postRequestedFor(urlEqualTo(SOAP_PATH)).withRequestBody(
                matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='upsert']"));
    }

    private static RequestPatternBuilder upsertOf3Leads() {
        return postRequestedFor(urlEqualTo(SOAP_PATH))
                .withRequestBody(matchingXPath("//*[local-name()='SessionHeader']/*[local-name()='sessionId'"
                        + " and text()='00D5g000004AbCd!AQ0AQE2eTestSessionToken']"))
                .withRequestBody(matchingXPath("//*[local-name()='upsert']/*[local-name()='externalIDFieldName'"
                        + " and text()='HubSpot_Id__c']"))
                .withRequestBody(matchingXPath("/*[count(//*[local-name()='upsert']/*[local-name()='sObjects']) = 3]"))
                .withRequestBody(matchingXPath(
                        "/*[count(//*[local-name()='sObjects']/*[local-name()='type' and text()='Lead']) = 3]"));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern leadField(int index, String field,
                                                                                        String value) {
        return matchingXPath("//*[local-name()='sObjects'][" + index + "]/*[local-name()='" + field
                + "' and text()='" + value + "']");
    }

    private static RequestPatternBuilder matchingSearchOnLastModifiedDate() {
        return postRequestedFor(urlEqualTo(SEARCH_PATH))
                .withHeader("Authorization", equalTo("Bearer pat-eu1-11111111-2222-3333-4444-555555555555"))
                .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].propertyName", equalTo("lastmodifieddate")))
                .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].operator", equalTo("GTE")))
                .withRequestBody(matchingJsonPath("$.sorts[0].propertyName", equalTo("lastmodifieddate")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder soap(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(resource(file));
    }

    static String resource(String name) {
        return E2eResources.read(name);
    }
}
