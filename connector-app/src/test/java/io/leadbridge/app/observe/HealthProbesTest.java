package io.leadbridge.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.LiveApp;
import io.leadbridge.app.support.QuietCrms;
import io.leadbridge.app.support.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A CRM outage shows in {@code /actuator/health}, while the probes an orchestrator routes traffic and restarts by
 * stay UP: an instance that cannot reach HubSpot must keep taking (and storing) webhooks, not be taken out of service.
 */
class HealthProbesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aCrmThatCannotBeReachedTurnsHealthDownWhileTheAppStaysLiveAndReady() throws Exception {
        try (QuietCrms crms = QuietCrms.start()) {
            Map<String, String> p = new HashMap<>();
            p.put("spring.datasource.url", "jdbc:h2:mem:probes;DB_CLOSE_DELAY=-1");
            p.put("connector.hubspot.base-url", crms.hubspot().baseUrl());
            p.put("connector.hubspot.access-token", "pat-eu1-11111111-2222-3333-4444-555555555555");
            p.put("connector.salesforce.instance-url", crms.salesforce().baseUrl());
            p.put("connector.salesforce.organization-id", LiveApp.ORG_ID);
            p.put("connector.salesforce.access-token", "00D5g000004AbCd!AQ0AQProbesTestToken");
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
