package io.leadbridge.hubspot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotRateLimitsTest {

    private static final String READ = "/crm/objects/2026-03/contacts/batch/read";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = MutableClock.atDefaultStart();

    @Test
    void grantsNoMorePerOneSecondCycleThanKeepsAnyRollingTenSecondsUnderTheBurstLimit() {
        HubSpotRateLimits limits = new HubSpotRateLimits(1.0, ZoneOffset.UTC, clock);
        assertThat(limits.permitsPerCycle()).isEqualTo(9);

        limits.observe(status(190, 187, 10_000, null, null));
        assertThat(limits.permitsPerCycle()).as("Professional: 190 per 10 s").isEqualTo(17);

        limits.observe(status(250, 249, 10_000, null, null));
        assertThat(limits.permitsPerCycle()).as("with the limit increase pack").isEqualTo(22);
        assertThat(22 * 11).isLessThanOrEqualTo(250);
    }

    @Test
    void failsFastUntilMidnightInTheAccountsZoneOnceTheConfiguredDailyShareIsUsed() {
        HubSpotRateLimits limits = new HubSpotRateLimits(0.5, ZoneId.of("America/New_York"), clock);
        limits.observe(status(100, 90, 10_000, 250_000L, 125_001L));
        assertThatCode(() -> limits.acquire(false)).doesNotThrowAnyException();

        limits.observe(status(100, 89, 10_000, 250_000L, 125_000L));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> limits.acquire(false));
        assertThat(thrown.failure()).isInstanceOfSatisfying(SyncFailure.RateLimited.class, limited -> {
            assertThat(limited.code()).isEqualTo("DAILY_SHARE");
            // 09:00 UTC is 04:00 in New York; the day resets at 05:00 UTC tomorrow.
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofHours(20));
        });
        clock.advance(Duration.ofHours(20));
        assertThatCode(() -> limits.acquire(false)).doesNotThrowAnyException();
    }

    @Test
    void pausesForOneIntervalWhenHubSpotReportsNoCallsLeft() {
        HubSpotRateLimits limits = new HubSpotRateLimits(1.0, ZoneOffset.UTC, clock);

        limits.observe(status(100, 0, 10_000, null, null));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> limits.acquire(false));
        assertThat(thrown.failure()).isInstanceOfSatisfying(SyncFailure.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        assertThatCode(() -> limits.acquire(false)).doesNotThrowAnyException();
    }

    @Test
    void aDailyLimit429StopsEveryCallUntilTheDayResetsWithoutAnotherRequest() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"message\":\"You have reached your daily limit.\","
                        + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c033cdaa-2c40-4a64-ae48-b4cec88dad24\","
                        + "\"policyName\":\"DAILY\",\"requestId\":\"3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd\"}")));
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                new StaticAccessToken(TOKEN), "2026-03", Duration.ofSeconds(5),
                new HubSpotRateLimits(1.0, ZoneOffset.UTC, clock));

        SyncFailure first = failureOf(() -> readOne(client));
        SyncFailure second = failureOf(() -> readOne(client));

        assertThat(first).isInstanceOfSatisfying(SyncFailure.RateLimited.class, limited -> {
            assertThat(limited.code()).isEqualTo("DAILY");
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofHours(15));
        });
        assertThat(second).isInstanceOfSatisfying(SyncFailure.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofHours(15)));
        hubspot.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void sizesItselfFromTheHeadersOfRealResponses() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(okJson(body("contacts/batch-read-response.json"))
                .withHeader("X-HubSpot-RateLimit-Daily", "1000000")
                .withHeader("X-HubSpot-RateLimit-Daily-Remaining", "999120")
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withHeader("X-HubSpot-RateLimit-Max", "190")
                .withHeader("X-HubSpot-RateLimit-Remaining", "189")));
        HubSpotRateLimits limits = new HubSpotRateLimits(1.0, ZoneOffset.UTC, clock);
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                new StaticAccessToken(TOKEN), "2026-03", Duration.ofSeconds(5), limits);

        readOne(client);

        assertThat(limits.permitsPerCycle()).isEqualTo(17);
        assertThat(limits.dailyBudgetWait()).isZero();
    }

    private static void readOne(HubSpotClient client) {
        client.batchRead(CrmObjectType.CONTACTS, BatchReadRequest.byId(List.of("email"), List.of("1246965")));
    }

    private static SyncFailure failureOf(Runnable call) {
        return catchThrowableOfType(SyncFailureException.class, call::run).failure();
    }

    private static RateLimitStatus status(long max, long remaining, long intervalMillis, Long daily, Long dailyRemaining) {
        return new RateLimitStatus(OptionalLong.of(max), OptionalLong.of(remaining),
                Optional.of(Duration.ofMillis(intervalMillis)),
                daily == null ? OptionalLong.empty() : OptionalLong.of(daily),
                dailyRemaining == null ? OptionalLong.empty() : OptionalLong.of(dailyRemaining));
    }
}
