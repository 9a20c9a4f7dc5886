package io.leadbridge.hubspot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.hubspot.HubSpotSpecs;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthRefreshTokenSourceTest {

    private static final String TOKEN_PATH = "/oauth/2026-03/token";
    private static final String CLIENT_ID = "5fd1a2b3-0c4d-4e5f-8a9b-1c2d3e4f5a6b";
    private static final String CLIENT_SECRET = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b";
    private static final String REFRESH_TOKEN = "na1-6f2b-3c4d-4e5f-a0b1-c2d3e4f5a6b7";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = MutableClock.atDefaultStart();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void refreshesWithAFormEncodedBodyHoldingEveryParameter() {
        hubspot.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenAnswer("CJSP5qf1KhICAQEYs-gDIIGOBii1"))));

        assertThat(tokens().token()).isEqualTo("CJSP5qf1KhICAQEYs-gDIIGOBii1");

        hubspot.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=refresh_token&client_id=" + CLIENT_ID + "&client_secret="
                        + CLIENT_SECRET + "&refresh_token=" + REFRESH_TOKEN)));
    }

    @Test
    void concurrentCallersShareExactlyOneRefresh() throws Exception {
        hubspot.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenAnswer("CJSP5qf1KhICAQEYs-gDIIGOBii1"))
                .withFixedDelay(300)));
        OAuthRefreshTokenSource tokens = tokens();
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<String> caller = () -> {
                    start.await();
                    return tokens.token();
                };
                answers.add(pool.submit(caller));
            }
            start.countDown();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            for (Future<String> answer : answers) {
                seen.add(answer.get());
            }
            assertThat(seen).containsExactly("CJSP5qf1KhICAQEYs-gDIIGOBii1");
        } finally {
            pool.shutdownNow();
        }
        hubspot.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void refreshesProactivelyFiveMinutesBeforeTheTokenExpires() {
        hubspot.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(tokenAnswer("first-access-token"))).willSetStateTo("issued"));
        hubspot.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs("issued")
                .willReturn(okJson(tokenAnswer("second-access-token"))));
        OAuthRefreshTokenSource tokens = tokens();

        assertThat(tokens.token()).isEqualTo("first-access-token");
        clock.advance(Duration.ofMinutes(24).plusSeconds(59));
        assertThat(tokens.token()).isEqualTo("first-access-token");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("second-access-token");

        hubspot.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        hubspot.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("refresh_token=rotated-refresh-token")));
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndAnAlreadyReplacedOneIsNotRefreshedAgain() {
        hubspot.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(tokenAnswer("first-access-token"))).willSetStateTo("issued"));
        hubspot.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs("issued")
                .willReturn(okJson(tokenAnswer("second-access-token"))));
        OAuthRefreshTokenSource tokens = tokens();
        tokens.token();

        assertThat(tokens.replacementFor("first-access-token")).contains("second-access-token");
        assertThat(tokens.replacementFor("first-access-token")).contains("second-access-token");

        hubspot.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRevokedRefreshTokenIsAPermanentFailure() {
        hubspot.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":"invalid_grant","error_description":"refresh token is invalid, expired or revoked",
                         "status":"BAD_REFRESH_TOKEN","message":"refresh token is invalid, expired or revoked",
                         "correlationId":"e1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> tokens().token());

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("OAUTH_REFRESH_REFUSED");
        assertThat(thrown.failure().message()).contains("refresh token is invalid").doesNotContain(CLIENT_SECRET);
        assertThat(thrown.failure().correlationId()).isEqualTo("e1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    }

    @Test
    void aClientAnswersA401WithOneRefreshAndOneRepeatThenGivesUp() {
        hubspot.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenAnswer("fresh-access-token"))));
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/search").willReturn(aResponse().withStatus(401)
                .withHeader("X-HubSpot-Correlation-Id", "7c1e0f7e-1f2a-4b3c-8d9e-0a1b2c3d4e5f")
                .withBody("{\"status\":\"error\",\"message\":\"Authentication credentials not found.\","
                        + "\"category\":\"INVALID_AUTHENTICATION\"}")));
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()), tokens(),
                "2026-03", Duration.ofSeconds(5), HubSpotRateLimits.unshared());

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> client.searchObjects(
                "contacts", new SearchRequest(List.of(), List.of(), List.of("email"), 10, null)));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(thrown.failure().correlationId()).isEqualTo("7c1e0f7e-1f2a-4b3c-8d9e-0a1b2c3d4e5f");
        hubspot.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        hubspot.verify(2, postRequestedFor(urlEqualTo("/crm/objects/2026-03/contacts/search")));
    }

    private OAuthRefreshTokenSource tokens() {
        return new OAuthRefreshTokenSource(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()), "2026-03",
                CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, Duration.ofSeconds(5), clock);
    }

    private static String tokenAnswer(String accessToken) {
        return """
                {"access_token":"%s","refresh_token":"rotated-refresh-token","expires_in":1800,"token_type":"bearer",
                 "token_use":"access_token","hub_id":62515,"user_id":9876543,"scopes":["crm.objects.contacts.read"]}"""
                .formatted(accessToken);
    }
}
