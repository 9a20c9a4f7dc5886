package io.leadbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class UnconfiguredStartTest {

    @Test
    void withNoCrmConfiguredAndTheSandboxOffTheAppStartsHealthyAndSaysThatNothingSyncsYet(CapturedOutput output) throws Exception {
        try (RunningApp app = RunningApp.start(Map.of("spring.datasource.url", "jdbc:h2:mem:unconfigured;DB_CLOSE_DELAY=-1",
                "connector.sandbox.enabled", "false"))) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(output.getOut()).contains("No CRM is configured yet");
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox").query(Long.class).single()).isZero();
        }
    }
}
