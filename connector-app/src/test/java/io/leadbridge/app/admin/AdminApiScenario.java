package io.leadbridge.app.admin;

import static io.leadbridge.app.support.ConsoleUsers.ADMIN;
import static io.leadbridge.app.support.ConsoleUsers.ADMIN_PASSWORD;
import static io.leadbridge.app.support.ConsoleUsers.VIEWER;
import static io.leadbridge.app.support.ConsoleUsers.VIEWER_PASSWORD;
import static io.leadbridge.app.support.ConsoleUsers.basic;
import static io.leadbridge.app.support.ConsoleUsers.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.ConsoleSeed;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.QuietCrmsScenario;
import io.leadbridge.app.support.RunningApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin API and the login rules through the running app in live mode against WireMock CRMs: nothing under
 * {@code /api}, the console or the metrics answers without a user, a viewer reads but cannot change, webhooks stay
 * open, and the read endpoints show what the stores hold. Runs once per database.
 */
abstract class AdminApiScenario extends QuietCrmsScenario {

    @Test
    void withoutAUserTheApiMetricsAndConsoleAreRefusedWhileWebhooksAndHealthStayOpen() {
        try (RunningApp app = RunningApp.start(properties())) {
            assertThat(get(app, "/api/health/streams", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/errors", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/v3/api-docs", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/health/streams", basic(ADMIN, "wrong-password")).statusCode()).isEqualTo(401);
            for (String page : new String[] {"/", "/errors", "/people", "/mappings", "/settings"}) {
                HttpResponse<String> console = get(app, page, null);
                assertThat(console.statusCode()).as(page).isEqualTo(302);
                assertThat(console.headers().firstValue("Location")).as(page).hasValueSatisfying(location ->
                        assertThat(location).endsWith("/login"));
            }

            HttpResponse<String> webhook = send(app, HttpRequest.newBuilder(app.uri("/webhooks/hubspot"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]")).build());
            assertThat(webhook.statusCode()).as("the controller answers, not the login").isEqualTo(401);
            assertThat(webhook.body()).contains("missing_signature");

            HttpResponse<String> health = get(app, "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("hubspot");
        }
    }

    @Test
    void aViewerReadsButCannotChangeAndAnAdminGetsPastTheLogin() {
        try (RunningApp app = RunningApp.start(properties())) {
            String viewer = basic(VIEWER, VIEWER_PASSWORD);
            String admin = basic(ADMIN, ADMIN_PASSWORD);
            assertThat(get(app, "/api/health/streams", viewer).statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/prometheus", viewer).statusCode()).isEqualTo(200);

            assertThat(post(app, "/api/errors", viewer).statusCode()).isEqualTo(403);
            assertThat(post(app, "/api/errors", admin).statusCode()).as("authorised, but no such write")
                    .isEqualTo(405);
            assertThat(get(app, "/actuator/info", viewer).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void everyRequestHasACorrelationIdTheCallersWhenItIsAPlainToken() {
        try (RunningApp app = RunningApp.start(properties())) {
            HttpResponse<String> given = send(app, HttpRequest.newBuilder(app.uri("/api/mappings"))
                    .header("Authorization", basic(VIEWER, VIEWER_PASSWORD))
                    .header("X-Correlation-Id", "support-ticket-4711").build());
            HttpResponse<String> injected = send(app, HttpRequest.newBuilder(app.uri("/api/mappings"))
                    .header("Authorization", basic(VIEWER, VIEWER_PASSWORD))
                    .header("X-Correlation-Id", "x\" onload=alert(1)").build());

            assertThat(given.headers().firstValue("X-Correlation-Id")).contains("support-ticket-4711");
            assertThat(injected.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id ->
                    assertThat(id).matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        try (RunningApp app = RunningApp.start(properties())) {
            for (HttpResponse<String> answer : new HttpResponse[] {get(app, "/login", null),
                    get(app, "/api/health/streams", basic(VIEWER, VIEWER_PASSWORD))}) {
                assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                                .doesNotContain("http"));
                assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
            }
        }
    }

    @Test
    void aLoginFormPostWithoutItsCsrfTokenIsRefused() {
        try (RunningApp app = RunningApp.start(properties())) {
            HttpResponse<String> forged = send(app, HttpRequest.newBuilder(app.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + ADMIN_PASSWORD))
                    .build());

            assertThat(forged.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theReadEndpointsShowStreamsErrorsMappingsAndTheCrmChecks() {
        try (RunningApp app = RunningApp.start(properties())) {
            ConsoleSeed.Seeded seeded = ConsoleSeed.into(app);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    ConsoleUsers.getAsAdmin(app, "/api/health/streams").body())
                    .contains("\"stream\":\"hubspot.contacts\"").contains("\"stream\":\"salesforce.leads\""));
            String streams = ConsoleUsers.getAsAdmin(app, "/api/health/streams").body();
            assertThat(streams).contains("\"openErrors\":1").contains("\"crm\":\"salesforce\"")
                    .contains("\"crm\":\"hubspot\"");

            String errors = ConsoleUsers.getAsAdmin(app, "/api/errors?system=hubspot&status=OPEN").body();
            assertThat(errors).contains("\"id\":" + seeded.errorId()).contains(ConsoleSeed.ERROR_CODE)
                    .doesNotContain("not-an-email");
            assertThat(ConsoleUsers.getAsAdmin(app, "/api/errors?system=salesforce").body())
                    .contains("\"total\":0,\"errors\":[]");
            assertThat(ConsoleUsers.getAsAdmin(app, "/api/errors/" + seeded.errorId()).body())
                    .contains("\"fields\":[\"Email\"]");
            assertThat(ConsoleUsers.getAsAdmin(app, "/api/errors/" + (seeded.errorId() + 1000)).statusCode())
                    .isEqualTo(404);

            HttpResponse<String> badFilter = ConsoleUsers.getAsAdmin(app, "/api/errors?system=zoho");
            assertThat(badFilter.statusCode()).isEqualTo(400);
            assertThat(badFilter.body()).contains("system must be one of").contains("zoho");

            assertThat(ConsoleUsers.getAsAdmin(app, "/api/mappings").body())
                    .contains("\"field\":\"email\"").contains("\"salesforceLeadStatus\":\"Open - Not Contacted\"");

            String check = ConsoleUsers.getAsAdmin(app, "/api/settings/check").body();
            assertThat(check).contains("\"crm\":\"hubspot\",\"status\":\"OK\"")
                    .contains("\"crm\":\"salesforce\",\"status\":\"OK\"");

            String health = ConsoleUsers.getAsAdmin(app, "/actuator/health").body();
            assertThat(health).contains("\"hubspot\":{").contains("\"salesforce\":{");

            String metrics = ConsoleUsers.getAsAdmin(app, "/actuator/prometheus").body();
            assertThat(metrics).contains("leadbridge_inbox_pending").contains("leadbridge_errors_open 1.0")
                    .contains("leadbridge_api_budget_allocated{vendor=\"salesforce\"}");
        }
    }

    @Test
    void theOpenApiDocumentListsEveryAdminEndpoint() {
        try (RunningApp app = RunningApp.start(properties())) {
            HttpResponse<String> document = ConsoleUsers.getAsAdmin(app, "/v3/api-docs");

            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("\"/api/health/streams\"").contains("\"/api/settings/check\"")
                    .contains("\"/api/errors\"").contains("\"/api/errors/{id}\"").contains("\"/api/mappings\"")
                    .doesNotContain("\"/webhooks/hubspot\"");
        }
    }

    Map<String, String> properties() {
        Map<String, String> p = crms.appProperties(database);
        p.put("connector.hubspot.client-secret", "9d0c5b1e-hubspot-app-secret-for-tests");
        return p;
    }

    private static HttpResponse<String> get(RunningApp app, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(app, request.build());
    }

    private static HttpResponse<String> post(RunningApp app, String path, String authorization) {
        return send(app, HttpRequest.newBuilder(app.uri(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }
}
