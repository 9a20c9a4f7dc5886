package io.leadbridge.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.QuietCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM outage shows in {@code /actuator/health}, while the probes an orchestrator routes traffic and restarts by
 * stay UP: an instance that cannot reach HubSpot must keep taking (and storing) webhooks, not be taken out of service.
 */
class HealthProbesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aCrmThatCannotBeReachedTurnsHealthDownWhileTheAppStaysLiveAndReady(@TempDir Path data) throws Exception {
        try (QuietCrms crms = QuietCrms.start(); TestDatabase database = TestDatabase.h2File(data)) {
            Map<String, String> p = new HashMap<>(crms.appProperties(database));
            p.put("connector.admin.health-check-interval", "1ms");
            try (RunningApp app = RunningApp.start(p)) {
                assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(200);

                crms.hubspot().resetAll();

                HttpResponse<String> health = get(app, "/actuator/health");
                assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"");
                for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
                    HttpResponse<String> answer = get(app, probe);
                    assertThat(answer.statusCode()).as(probe + " " + answer.body()).isEqualTo(200);
                    assertThat(answer.body()).contains("\"status\":\"UP\"");
                }
            }
        }
    }

    private static HttpResponse<String> get(RunningApp app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
