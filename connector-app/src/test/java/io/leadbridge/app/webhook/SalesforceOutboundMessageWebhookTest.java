package io.leadbridge.app.webhook;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.leadbridge.salesforce.support.SharedSpecs.outboundFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.app.support.LiveApp;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /webhooks/salesforce} on the running app, against the recorded Lead outbound message. */
class SalesforceOutboundMessageWebhookTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;

    private static WireMockServer hubspot;
    private static WireMockServer salesforce;
    private static RunningApp app;

    @BeforeAll
    static void startApp() {
        hubspot = new WireMockServer(options().dynamicPort());
        salesforce = new WireMockServer(options().dynamicPort());
        hubspot.start();
        salesforce.start();
        LiveApp.stubQuietCrms(hubspot, salesforce);
        Map<String, String> properties = new java.util.HashMap<>(
                LiveApp.properties(TestDatabase.h2File(dataDirectory), hubspot, salesforce));
        properties.put("connector.salesforce.outbound-max-size", "16KB");
        app = RunningApp.start(properties);
    }

    @AfterAll
    static void stopApp() {
        app.close();
        hubspot.stop();
        salesforce.stop();
    }

    @BeforeEach
    void noNotificationsYet() {
        app.jdbc().sql("DELETE FROM salesforce_outbound_message").update();
    }

    @Test
    void storesEveryNotificationThenAcknowledges() throws Exception {
        HttpResponse<String> response = post(outboundFixture("lead-notification.xml"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body().replaceAll("\\s+", ""))
                .isEqualTo(outboundFixture("ack-response.xml").replaceAll("\\s+", ""));
        assertThat(storedRows()).containsExactly(
                "04l5g00000AbCdEAAV Lead 00Q5g00000AbCd1EAF 00D5g000004AbCdEAK",
                "04l5g00000AbCdFAAV Lead 00Q5g00000AbCd2EAF 00D5g000004AbCdEAK");
        assertThat(app.jdbc().sql("SELECT fields FROM salesforce_outbound_message WHERE notification_id = ?")
                .param("04l5g00000AbCdEAAV").query(String.class).single())
                .contains("\"Email\":\"ada@example.com\"").contains("\"Status\":\"Working - Contacted\"");
    }

    @Test
    void aRedeliveredMessageIsAcknowledgedAgainAndStoredOnce() throws Exception {
        post(outboundFixture("lead-notification.xml"));

        HttpResponse<String> again = post(outboundFixture("lead-notification.xml"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("<Ack>true</Ack>");
        assertThat(storedRows()).hasSize(2);
    }

    @Test
    void aMessageFromAnotherOrganizationGetsASoapFaultAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post(outboundFixture("lead-notification.xml")
                .replace("<OrganizationId>00D5g000004AbCdEAK</OrganizationId>",
                        "<OrganizationId>00D5g000009ZzZzEAK</OrganizationId>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<soapenv:Fault>").contains("unexpected organization")
                .doesNotContain("<Ack>");
        assertThat(storedRows()).isEmpty();
    }

    @Test
    void anExternalEntityIsNeverResolvedAndTheMessageIsRefused() throws Exception {
        Path secret = dataDirectory.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
        String xxe = outboundFixture("lead-notification.xml")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE soapenv:Envelope [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<sf:Company>Analytical Engines Ltd</sf:Company>", "<sf:Company>&secret;</sf:Company>");

        HttpResponse<String> response = post(xxe);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<soapenv:Fault>").contains("DOCTYPE")
                .doesNotContain("TOP-SECRET-FILE-CONTENT");
        assertThat(storedRows()).isEmpty();
        assertThat(app.jdbc().sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE fields LIKE '%TOP-SECRET%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMessageOverTheSizeLimitIsRefusedWith413() throws Exception {
        String padded = outboundFixture("lead-notification.xml")
                .replace("<sf:Company>Analytical Engines Ltd</sf:Company>",
                        "<sf:Company>" + "x".repeat(20 * 1024) + "</sf:Company>");

        HttpResponse<String> response = post(padded);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<soapenv:Fault>");
        assertThat(storedRows()).isEmpty();
    }

    private static List<String> storedRows() {
        return app.jdbc().sql("""
                SELECT notification_id, object_type, record_id, organization_id FROM salesforce_outbound_message
                ORDER BY notification_id""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4))
                .list();
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/webhooks/salesforce"))
                        .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
