package io.leadbridge.app.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.E2eResources;
import io.leadbridge.app.support.LiveApp;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HubSpot webhooks through the running app, with WireMock for both CRMs: a forged delivery is refused and
 * leaves no trace, a signed one is stored before the 2xx and ends as a Salesforce Lead upsert. The poller
 * finds nothing here (its search is empty), so the webhook is the only way in. Runs once per database.
 */
abstract class HubSpotWebhookScenario {

    private static final String SECRET = "3c7a8f2e-9b41-4d6a-8e15-2f0c6b9d7a11";
    private static final String ORG_ID = "00D5g000004AbCdEAK";
    private static final String SOAP_PATH = "/services/Soap/u/65.0/" + ORG_ID;
    private static final String BATCH_READ = "/crm/objects/2026-03/contacts/batch/read";
    private static final String DELIVERY = "[{\"eventId\":100,\"subscriptionId\":25,\"portalId\":33,\"appId\":1160452,"
            + "\"occurredAt\":1764058542108,\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
            + "\"objectId\":1246965,\"propertyName\":\"jobtitle\",\"propertyValue\":\"Head of Engineering\","
            + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:45678\"}]";

    private final HttpClient http = HttpClient.newHttpClient();
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
        hubspot.stubFor(get(urlPathEqualTo("/crm/properties/2026-03/contacts"))
                .willReturn(okJson(resource("hubspot-contact-properties.json"))));
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/contacts/search"))
                .willReturn(okJson("{\"total\":0,\"results\":[]}")));
        hubspot.stubFor(post(urlPathEqualTo(BATCH_READ)).willReturn(okJson(resource("hubspot-contacts-batch-read.json"))
                .withHeader("X-HubSpot-RateLimit-Max", "100").withHeader("X-HubSpot-RateLimit-Remaining", "99")
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")));
        salesforce.stubFor(post(urlEqualTo(SOAP_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8").withBody(resource("salesforce-upsert-1-lead.xml"))));
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
    void aForgedOrUnsignedWebhookGets401StoresNothingAndIsCounted() throws Exception {
        try (RunningApp app = RunningApp.start(properties())) {
            String url = "http://localhost:" + app.port() + "/webhooks/hubspot";
            String now = String.valueOf(System.currentTimeMillis());

            HttpResponse<String> forged = deliver(app, DELIVERY, sign("wrong-secret", url, DELIVERY, now), now, Map.of());
            HttpResponse<String> unsigned = deliver(app, DELIVERY, null, now, Map.of());
            String old = String.valueOf(System.currentTimeMillis() - Duration.ofMinutes(6).toMillis());
            HttpResponse<String> stale = deliver(app, DELIVERY, sign(SECRET, url, DELIVERY, old), old, Map.of());

            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(forged.body()).contains("\"error\":\"invalid_signature\"");
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(unsigned.body()).contains("\"error\":\"missing_signature\"");
            assertThat(stale.statusCode()).isEqualTo(401);
            assertThat(stale.body()).contains("\"error\":\"stale_timestamp\"");
            assertThat(count(app, "hubspot_webhook_event")).isZero();
            assertThat(count(app, "change_inbox")).isZero();
            String metrics = ConsoleUsers.getAsAdmin(app, "/actuator/prometheus").body();
            assertThat(metrics)
                    .contains("leadbridge_webhook_rejected_total{reason=\"invalid_signature\",source=\"hubspot\"} 1.0")
                    .contains("leadbridge_webhook_rejected_total{reason=\"missing_signature\",source=\"hubspot\"} 1.0")
                    .contains("leadbridge_webhook_rejected_total{reason=\"stale_timestamp\",source=\"hubspot\"} 1.0");
        }
        hubspot.verify(0, postRequestedFor(urlPathEqualTo(BATCH_READ)));
        salesforce.verify(0, upserts());
    }

    @Test
    void aSignedWebhookIsStoredBeforeTheAnswerAndEndsAsOneSalesforceUpsertEvenWhenRedelivered() throws Exception {
        try (RunningApp app = RunningApp.start(properties())) {
            String url = "http://localhost:" + app.port() + "/webhooks/hubspot";
            String now = String.valueOf(System.currentTimeMillis());

            HttpResponse<String> answer = deliver(app, DELIVERY, sign(SECRET, url, DELIVERY, now), now, Map.of());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"received\":1,\"stored\":1}");
            assertThat(app.jdbc().sql("SELECT subscription_type || ':' || object_id || ':' || property_name"
                    + " FROM hubspot_webhook_event").query(String.class).list())
                    .containsExactly("contact.propertyChange:1246965:jobtitle");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                salesforce.verify(1, upserts()
                        .withRequestBody(leadField("HubSpot_Id__c", "1246965"))
                        .withRequestBody(leadField("Email", "ada.lovelace@analytical-engines.example"))
                        .withRequestBody(leadField("Title", "Head of Engineering")));
                assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE status = 'DONE'")
                        .query(Long.class).single()).isEqualTo(1);
            });
            assertThat(app.jdbc().sql("SELECT outcome FROM hubspot_webhook_event").query(String.class).list())
                    .containsExactly("READ");
            hubspot.verify(1, postRequestedFor(urlPathEqualTo(BATCH_READ))
                    .withRequestBody(matchingJsonPath("$.inputs[0].id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1246965"))));

            // HubSpot redelivers the same batch, and a later event arrives for the same, unchanged contact.
            String later = String.valueOf(System.currentTimeMillis());
            HttpResponse<String> again = deliver(app, DELIVERY, sign(SECRET, url, DELIVERY, later), later, Map.of());
            String newer = DELIVERY.replace("1764058542108", "1764058542999");
            HttpResponse<String> outOfOrder = deliver(app, newer, sign(SECRET, url, newer, later), later, Map.of());

            assertThat(again.body()).isEqualTo("{\"received\":1,\"stored\":0}");
            assertThat(outOfOrder.body()).isEqualTo("{\"received\":1,\"stored\":1}");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(app.jdbc()
                    .sql("SELECT COUNT(*) FROM hubspot_webhook_event WHERE processed_at IS NULL").query(Long.class).single())
                    .isZero());
            assertThat(count(app, "change_inbox")).as("the same contact version is one inbox entry").isEqualTo(1);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }
        salesforce.verify(1, upserts());
    }

    @Test
    void behindAProxyTheSignatureCoversThePublicUrlFromTheForwardedHeaders() throws Exception {
        try (RunningApp app = RunningApp.start(properties())) {
            String publicUrl = "https://sync.example.com/webhooks/hubspot?tenant=acme%3Aeu";
            String now = String.valueOf(System.currentTimeMillis());
            String signed = sign(SECRET, "https://sync.example.com/webhooks/hubspot?tenant=acme:eu", DELIVERY, now);

            HttpResponse<String> answer = send(app, "/webhooks/hubspot?tenant=acme%3Aeu", DELIVERY, signed, now,
                    Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "sync.example.com"));
            HttpResponse<String> direct = send(app, "/webhooks/hubspot?tenant=acme%3Aeu", DELIVERY, signed, now, Map.of());

            assertThat(answer.statusCode()).as(publicUrl).isEqualTo(200);
            assertThat(direct.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aSignedBodyThatIsNotAnArrayOfEventsGets400AndStoresNothing() throws Exception {
        try (RunningApp app = RunningApp.start(properties())) {
            String url = "http://localhost:" + app.port() + "/webhooks/hubspot";
            String now = String.valueOf(System.currentTimeMillis());
            String body = "{\"objectId\":1246965}";

            HttpResponse<String> answer = deliver(app, body, sign(SECRET, url, body, now), now, Map.of());

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("the body must be a JSON array of events");
            assertThat(count(app, "hubspot_webhook_event")).isZero();
        }
    }

    private Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(database.springProperties());
        p.putAll(ConsoleUsers.properties());
        p.put("connector.hubspot.base-url", hubspot.baseUrl());
        p.put("connector.hubspot.access-token", "pat-eu1-11111111-2222-3333-4444-555555555555");
        p.put("connector.hubspot.client-secret", SECRET);
        p.put("connector.salesforce.instance-url", salesforce.baseUrl());
        p.put("connector.salesforce.organization-id", ORG_ID);
        p.put("connector.salesforce.access-token", "00D5g000004AbCd!AQ0AQE2eTestSessionToken");
        p.put("connector.sync.poll-interval", "200ms");
        p.put("connector.sync.drain-interval", "100ms");
        return p;
    }

    private HttpResponse<String> deliver(RunningApp app, String body, String signature, String timestamp,
                                         Map<String, String> headers) throws IOException, InterruptedException {
        return send(app, "/webhooks/hubspot", body, signature, timestamp, headers);
    }

    private HttpResponse<String> send(RunningApp app, String pathAndQuery, String body, String signature,
                                      String timestamp, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery))
                .header("Content-Type", "application/json")
                .header("X-HubSpot-Request-Timestamp", timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-HubSpot-Signature-v3", signature);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String secret, String uri, String body, String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(("POST" + uri + body + timestamp)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static long count(RunningApp app, String table) {
        return app.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern leadField(String field, String value) {
        return matchingXPath("//*[local-name()='sObjects'][1]/*[local-name()='" + field + "' and text()='" + value + "']");
    }

    private static String resource(String name) {
        return E2eResources.read(name);
    }

    /** SOAP upsert calls only: the start-up describe of Lead is not a write. */
    private static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder upserts() {
        return postRequestedFor(urlEqualTo(SOAP_PATH)).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                .matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='upsert']"));
    }
}
