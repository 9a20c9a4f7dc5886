package io.leadbridge.hubspot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.hubspot.HubSpotSpecs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HubSpotClientTest {

    private static final String SEARCH = "/crm/objects/2026-03/contacts/search";
    private static final String CORRELATION_ID = "X-HubSpot-Correlation-Id";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final SearchRequest FIRST_PAGE = new SearchRequest(
            List.of(new FilterGroup(List.of(Filter.greaterThanOrEqual("lastmodifieddate", "1768471200000")))),
            List.of(Sort.ascending("lastmodifieddate")), List.of("email", "lastmodifieddate"), 100, null);

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void postsTheSearchToTheDateVersionedPathWithBearerTokenAndJsonHeaders() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))));

        client("2026-03").searchObjects("contacts", FIRST_PAGE);

        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"1768471200000"}]}],
                         "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                         "properties":["email","lastmodifieddate"],
                         "limit":100}""", false, false)));
    }

    @Test
    void sendsTheAfterCursorOnlyForLaterPages() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))));
        SearchRequest secondPage = new SearchRequest(FIRST_PAGE.filterGroups(), FIRST_PAGE.sorts(),
                FIRST_PAGE.properties(), 100, "100");

        client("2026-03").searchObjects("contacts", secondPage);

        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"1768471200000"}]}],
                 "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                 "properties":["email","lastmodifieddate"],
                 "limit":100,"after":"100"}""", false, false)));
    }

    @Test
    void usesTheNumericV3PathWhenConfiguredForV3() {
        hubspot.stubFor(post("/crm/v3/objects/contacts/search").willReturn(okJson(body("contacts/search-page-2.json"))));

        SearchResponse response = client("v3").searchObjects("contacts", FIRST_PAGE);

        assertThat(response.results()).extracting(HubSpotObject::id).containsExactly("1251390");
    }

    @Test
    void keepsAPathPrefixOfTheBaseUrl() {
        hubspot.stubFor(post("/hubspot" + SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))));
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(),
                URI.create(hubspot.baseUrl() + "/hubspot/"), TOKEN, "2026-03", Duration.ofSeconds(5));

        assertThat(client.searchObjects("contacts", FIRST_PAGE).results()).hasSize(1);
    }

    @Test
    void readsRecordsWithNullPropertiesAndIgnoresUnknownFields() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-1.json"))));

        SearchResponse response = client("2026-03").searchObjects("contacts", FIRST_PAGE);

        assertThat(response.total()).isEqualTo(5);
        assertThat(response.nextAfter()).contains("4");
        HubSpotObject ryan = response.results().get(1);
        assertThat(ryan.id()).isEqualTo("1246978");
        assertThat(ryan.properties()).containsEntry("phone", null).containsEntry("firstname", "Ryan");
        assertThat(ryan.createdAt()).isEqualTo(Instant.parse("2025-12-01T16:02:51.410Z"));
        assertThat(ryan.updatedAt()).isEqualTo(Instant.parse("2026-01-15T10:31:12.345Z"));
        assertThat(ryan.archived()).isFalse();
    }

    @Test
    void reportsNoNextPageOnTheLastPage() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))));

        assertThat(client("2026-03").searchObjects("contacts", FIRST_PAGE).nextAfter()).isEmpty();
    }

    @Test
    void classifiesTooManyRequestsAsRateLimitedForTheIntervalHubSpotNames() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader(CORRELATION_ID, "c033cdaa-2c40-4a64-ae48-b4cec88dad24")
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withHeader("X-HubSpot-RateLimit-Max", "100")
                .withHeader("X-HubSpot-RateLimit-Remaining", "0")
                .withBody(body("errors/rate-limit-ten-secondly.json"))));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOfSatisfying(SyncFailure.RateLimited.class, limited -> {
            assertThat(limited.code()).isEqualTo("TEN_SECONDLY_ROLLING");
            assertThat(limited.message()).isEqualTo("You have reached your ten secondly limit.");
            assertThat(limited.correlationId()).isEqualTo("c033cdaa-2c40-4a64-ae48-b4cec88dad24");
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void repeatsASearchRefusedForTheSearchLimitWithANewPermit() {
        hubspot.stubFor(post(SEARCH).inScenario("search limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json;charset=utf-8")
                        .withBody(body("errors/rate-limit-search-secondly.json")))
                .willSetStateTo("refused once"));
        hubspot.stubFor(post(SEARCH).inScenario("search limit").whenScenarioStateIs("refused once")
                .willReturn(okJson(body("contacts/search-page-2.json"))));

        SearchResponse response = client("2026-03").searchObjects("contacts", FIRST_PAGE);

        assertThat(response.results()).hasSize(1);
        hubspot.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void givesUpOnASearchAfterThreeRefusalsForTheSearchLimitAndNeverRepeatsOneForAnotherLimit() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withBody(body("errors/rate-limit-search-secondly.json"))));

        assertThat(failureOf(client("2026-03"))).isInstanceOfSatisfying(SyncFailure.RateLimited.class,
                limited -> assertThat(limited.code()).isEqualTo("SECONDLY"));
        hubspot.verify(HubSpotTransport.SEARCH_ATTEMPTS, postRequestedFor(urlEqualTo(SEARCH)));

        hubspot.resetAll();
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withBody(body("errors/rate-limit-ten-secondly.json"))));
        failureOf(client("2026-03"));
        hubspot.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void prefersRetryAfterSecondsOverTheRateLimitInterval() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3")
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withBody(body("errors/rate-limit-ten-secondly.json"))));

        assertThat(failureOf(client("2026-03")))
                .isInstanceOfSatisfying(SyncFailure.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void waitsTenSecondsOnARateLimitWithoutHeadersOrPolicyName() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429).withBody("Too Many Requests")));

        assertThat(failureOf(client("2026-03"))).isInstanceOfSatisfying(SyncFailure.RateLimited.class, limited -> {
            assertThat(limited.code()).isEqualTo("429");
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void takesTheCorrelationIdFromTheBodyWhenTheHeaderIsMissing() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withBody(body("errors/rate-limit-ten-secondly.json"))));

        assertThat(failureOf(client("2026-03")).correlationId()).isEqualTo("c033cdaa-2c40-4a64-ae48-b4cec88dad24");
    }

    @Test
    void exposesTheLastRateLimitHeadersSeen() {
        HubSpotClient client = client("2026-03");
        assertThat(client.lastRateLimit()).isEmpty();
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))
                .withHeader("X-HubSpot-RateLimit-Daily", "250000")
                .withHeader("X-HubSpot-RateLimit-Daily-Remaining", "249811")
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withHeader("X-HubSpot-RateLimit-Max", "100")
                .withHeader("X-HubSpot-RateLimit-Remaining", "97")));

        client.searchObjects("contacts", FIRST_PAGE);

        assertThat(client.lastRateLimit()).contains(new RateLimitStatus(OptionalLong.of(100), OptionalLong.of(97),
                java.util.Optional.of(Duration.ofSeconds(10)), OptionalLong.of(250_000), OptionalLong.of(249_811)));
    }

    @Test
    void keepsTheLastRateLimitWhenAResponseCarriesNone() {
        HubSpotClient client = client("2026-03");
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429)
                .withHeader("X-HubSpot-RateLimit-Remaining", "0")
                .withBody(body("errors/rate-limit-ten-secondly.json"))));
        failureOf(client);
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json"))));

        client.searchObjects("contacts", FIRST_PAGE);

        assertThat(client.lastRateLimit()).hasValueSatisfying(
                status -> assertThat(status.remaining()).isEqualTo(OptionalLong.of(0)));
    }

    @Test
    void classifiesAServerErrorWithoutAJsonBodyAsRetriable() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html")
                .withHeader(CORRELATION_ID, "0b7d1c52-4c4f-4d8e-9d7e-6f1a2b3c4d5e")
                .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>")));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("500");
        assertThat(failure.message()).isEqualTo("HubSpot answered HTTP 500");
        assertThat(failure.correlationId()).isEqualTo("0b7d1c52-4c4f-4d8e-9d7e-6f1a2b3c4d5e");
    }

    @ParameterizedTest
    @ValueSource(ints = {423, 477, 502, 503, 504, 521, 523, 524, 599})
    void classifiesLockedMigratingAndGatewayErrorsAsRetriable(int status) {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(status)
                .withBody("{\"status\":\"error\",\"message\":\"Try again later\",\"correlationId\":\"corr-" + status + "\"}")));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo(String.valueOf(status));
        assertThat(failure.correlationId()).isEqualTo("corr-" + status);
    }

    @Test
    void classifiesAValidationErrorAsPermanentNamingTheProperty() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(400)
                .withHeader(CORRELATION_ID, "a43683b0-5717-4ceb-80b4-104d02915d8c")
                .withBody(body("errors/search-validation-error.json"))));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOfSatisfying(SyncFailure.Permanent.class, permanent -> {
            assertThat(permanent.code()).isEqualTo("VALIDATION_ERROR");
            assertThat(permanent.message())
                    .isEqualTo("There was a problem with the request. [hs_lead_stauts PROPERTY_DOESNT_EXIST]");
            assertThat(permanent.fields()).containsExactly("hs_lead_stauts");
            assertThat(permanent.correlationId()).isEqualTo("a43683b0-5717-4ceb-80b4-104d02915d8c");
        });
    }

    @Test
    void keepsRecordValuesThatHubSpotEmbedsInAValidationMessageOutOfTheFailure() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(400).withBody("""
                {"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Email address jane.doe@acme is invalid\\",\\"error\\":\\"INVALID_EMAIL\\",\\"name\\":\\"email\\"}]",
                 "correlationId":"d1c2","category":"VALIDATION_ERROR",
                 "errors":[{"message":"Email address jane.doe@acme is invalid","code":"INVALID_EMAIL","context":{"propertyName":["email"]}}]}""")));

        SyncFailureException thrown = thrownBy(client("2026-03"));

        assertThat(thrown.failure().message())
                .isEqualTo("Property values were not valid: (details omitted) [email INVALID_EMAIL]");
        assertThat(thrown.failure()).isInstanceOfSatisfying(SyncFailure.Permanent.class,
                permanent -> assertThat(permanent.fields()).containsExactly("email"));
        assertThat(thrown).hasMessageNotContaining("jane.doe");
    }

    @Test
    void classifiesBadCredentialsAsPermanentWithoutEverShowingTheToken() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(401)
                .withHeader(CORRELATION_ID, "7c1e0f7e-1f2a-4b3c-8d9e-0a1b2c3d4e5f")
                .withBody("{\"status\":\"error\",\"message\":\"Authentication credentials not found. Token "
                        + TOKEN + " is not valid.\",\"correlationId\":\"7c1e0f7e-1f2a-4b3c-8d9e-0a1b2c3d4e5f\","
                        + "\"category\":\"INVALID_AUTHENTICATION\"}")));

        SyncFailureException thrown = thrownBy(client("2026-03"));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(thrown.failure().correlationId()).isEqualTo("7c1e0f7e-1f2a-4b3c-8d9e-0a1b2c3d4e5f");
        assertThat(thrown.failure().message()).doesNotContain(TOKEN);
        assertThat(thrown).hasMessageNotContaining(TOKEN);
    }

    @Test
    void classifiesMissingScopesAsPermanent() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(403).withBody(body("errors/missing-scopes.json"))));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(failure.code()).isEqualTo("MISSING_SCOPES");
        assertThat(failure.correlationId()).isEqualTo("5e3ba5b0-6e2d-4c0f-bc8f-9a6f3ef56fd4");
    }

    @Test
    void classifiesNotFoundAsPermanent() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(404)));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(failure.code()).isEqualTo("404");
    }

    @Test
    void classifiesAConflictAsConflict() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(409).withBody(
                "{\"status\":\"error\",\"message\":\"Contact already exists. Existing ID: 12345\","
                        + "\"correlationId\":\"9f8e\",\"category\":\"CONFLICT\"}")));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Conflict.class);
        assertThat(failure.code()).isEqualTo("CONFLICT");
        assertThat(failure.message()).isEqualTo("Contact already exists. Existing ID: 12345");
    }

    @Test
    void classifiesARefusedConnectionAsRetriable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(),
                URI.create("http://localhost:" + closedPort), TOKEN, "2026-03", Duration.ofSeconds(5));

        SyncFailure failure = failureOf(client);

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("CONNECTION_FAILED");
    }

    @Test
    void classifiesAReadTimeoutAsRetriable() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(body("contacts/search-page-2.json")).withFixedDelay(5_000)));
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofMillis(200));

        SyncFailure failure = failureOf(client);

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("TIMEOUT");
    }

    @Test
    void classifiesAResetConnectionAsRetriable() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        SyncFailure failure = failureOf(client("2026-03"));

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("IO_ERROR");
    }

    @Test
    void classifiesAnUnreadableSuccessBodyAsRetriableWithoutQuotingIt() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200)
                .withHeader(CORRELATION_ID, "e5f6")
                .withBody("{\"total\":1,\"results\":[{\"id\":\"1\",\"properties\":{\"email\":\"jane@acme.example\"")));

        SyncFailureException thrown = thrownBy(client("2026-03"));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(thrown.failure().code()).isEqualTo("INVALID_RESPONSE");
        assertThat(thrown.failure().correlationId()).isEqualTo("e5f6");
        assertThat(thrown).hasMessageNotContaining("jane@acme.example").hasNoCause();
    }

    @Test
    void readsPropertyValuesAsStringsEvenWhenTheyAreAllNull() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson("""
                {"total":1,"results":[{"id":"77","properties":{"email":null,"phone":null},
                 "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-02T00:00:00Z","archived":false,
                 "url":"https://app.hubspot.com/contacts/33/record/0-1/77"}]}""")));

        HubSpotObject contact = client("2026-03").searchObjects("contacts", FIRST_PAGE).results().get(0);

        assertThat(contact.properties()).isEqualTo(nullValues("email", "phone"));
    }

    private static Map<String, String> nullValues(String... names) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String name : names) {
            values.put(name, null);
        }
        return values;
    }

    private static HubSpotClient client(String apiVersion) {
        return new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()), TOKEN, apiVersion,
                Duration.ofSeconds(5));
    }

    private static SyncFailure failureOf(HubSpotClient client) {
        return thrownBy(client).failure();
    }

    private static SyncFailureException thrownBy(HubSpotClient client) {
        SyncFailureException thrown =
                catchThrowableOfType(SyncFailureException.class, () -> client.searchObjects("contacts", FIRST_PAGE));
        assertThat(thrown).as("a SyncFailureException").isNotNull();
        assertThat(thrown).hasMessageNotContaining(TOKEN);
        return thrown;
    }
}
