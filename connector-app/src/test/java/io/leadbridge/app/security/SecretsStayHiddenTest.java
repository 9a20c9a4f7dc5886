package io.leadbridge.app.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.QuietCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Configured secrets never show: not in anything the app logs from start-up through a failing CRM call and a failed
 * login, and not in {@code /actuator/env}, {@code /actuator/configprops} or the health details, even when an
 * operator exposes those endpoints to an admin.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayHiddenTest {

    private static final String HUBSPOT_TOKEN = "pat-eu1-5ec7e7aa-0b1c-4d2e-9f30-hubspottokenXYZ";
    private static final String HUBSPOT_CLIENT_SECRET = "hs-client-secret-Q9w8E7r6T5y4";
    private static final String SALESFORCE_TOKEN = "00D5g000004AbCd!AQ0AQsalesforceTokenSECRET77";

    @TempDir
    Path directory;

    private QuietCrms crms;
    private TestDatabase database;

    @BeforeEach
    void startCrms() {
        database = TestDatabase.h2File(directory);
        crms = QuietCrms.start();
        crms.hubspot().stubFor(post(urlPathMatching("/crm/.*/search")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"message\":\"Authentication credentials not found.\","
                        + "\"category\":\"INVALID_AUTHENTICATION\",\"correlationId\":\"c0ffee00-1111\"}")));
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }

    @Test
    void noConfiguredSecretAppearsInTheLogsOrTheActuatorAnswers(CapturedOutput output) {
        Map<String, String> properties = crms.appProperties(database);
        properties.put("connector.hubspot.access-token", HUBSPOT_TOKEN);
        properties.put("connector.hubspot.client-secret", HUBSPOT_CLIENT_SECRET);
        properties.put("connector.salesforce.access-token", SALESFORCE_TOKEN);
        properties.put("management.endpoints.web.exposure.include", "health,info,prometheus,env,configprops");
        properties.put("logging.level.io.leadbridge", "DEBUG");
        List<String> secrets = List.of(HUBSPOT_TOKEN, HUBSPOT_CLIENT_SECRET, SALESFORCE_TOKEN,
                ConsoleUsers.adminHash(), ConsoleUsers.ADMIN_PASSWORD);

        try (RunningApp app = RunningApp.start(properties)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains("hubspot.contacts poll failed"));
            assertThat(ConsoleUsers.send(app, HttpRequest.newBuilder(app.uri("/api/errors"))
                    .header("Authorization", ConsoleUsers.basic(ConsoleUsers.ADMIN, "guess-" + HUBSPOT_TOKEN)).build())
                    .statusCode()).isEqualTo(401);

            String env = ConsoleUsers.getAsAdmin(app, "/actuator/env").body();
            String configprops = ConsoleUsers.getAsAdmin(app, "/actuator/configprops").body();
            String health = ConsoleUsers.getAsAdmin(app, "/actuator/health").body();

            assertThat(env).contains("connector.hubspot.access-token");
            assertThat(configprops).contains("connector");
            for (String secret : secrets) {
                assertThat(env).doesNotContain(secret);
                assertThat(configprops).doesNotContain(secret);
                assertThat(health).doesNotContain(secret);
            }
        }
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }
}
