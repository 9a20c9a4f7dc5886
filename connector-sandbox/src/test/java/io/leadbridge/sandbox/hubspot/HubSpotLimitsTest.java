package io.leadbridge.sandbox.hubspot;

import io.leadbridge.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotLimitsTest {

    private static final String LIST = "/crm/objects/2026-03/contacts?limit=1";
    private static final String SEARCH = "/crm/v3/objects/contacts/search";

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-03-02T09:00:00Z"));
    private HubSpotEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void the_ten_second_budget_counts_down_in_the_headers_then_answers_429_until_the_window_moves() {
        EmulatorHttp http = start(5, 1_000, 5);

        List<EmulatorHttp.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(http.get(LIST));
        }

        assertThat(replies.subList(0, 5)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(replies.stream().map(r -> r.header("X-HubSpot-RateLimit-Remaining").orElseThrow()))
                .containsExactly("4", "3", "2", "1", "0", "0");
        EmulatorHttp.Reply refused = replies.get(5);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("X-HubSpot-RateLimit-Max")).contains("5");
        assertThat(refused.header("X-HubSpot-RateLimit-Interval-Milliseconds")).contains("10000");
        assertThat(refused.header("X-HubSpot-RateLimit-Daily")).contains("1000");
        assertThat(refused.header("X-HubSpot-RateLimit-Daily-Remaining")).contains("995");
        assertThat(refused.json().path("policyName").asString()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(refused.json().path("errorType").asString()).isEqualTo("RATE_LIMIT");
        assertThat(refused.json().path("correlationId").asString())
                .isEqualTo(refused.header("X-HubSpot-Correlation-Id").orElseThrow());

        clock.advance(Duration.ofSeconds(10));
        assertThat(http.get(LIST).status()).isEqualTo(200);
    }

    @Test
    void the_daily_budget_answers_429_daily_until_midnight_utc() {
        EmulatorHttp http = start(100, 3, 5);

        for (int i = 0; i < 3; i++) {
            assertThat(http.get(LIST).status()).isEqualTo(200);
        }
        EmulatorHttp.Reply refused = http.get(LIST);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("policyName").asString()).isEqualTo("DAILY");
        assertThat(refused.header("X-HubSpot-RateLimit-Daily-Remaining")).contains("0");
        clock.advance(Duration.ofHours(15));
        assertThat(http.get(LIST).status()).isEqualTo(200);
    }

    @Test
    void search_is_limited_per_second_without_rate_limit_headers_and_outside_the_ten_second_budget() {
        EmulatorHttp http = start(3, 1_000, 5);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EmulatorHttp.Reply reply = http.post(SEARCH, "{\"limit\":1}");
            statuses.add(reply.status());
            assertThat(reply.header("X-HubSpot-RateLimit-Max")).isEmpty();
            assertThat(reply.header("X-HubSpot-Correlation-Id")).isPresent();
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.post(SEARCH, "{\"limit\":1}").status()).isEqualTo(200);
        assertThat(http.get(LIST).header("X-HubSpot-RateLimit-Remaining")).contains("2");
    }

    @Test
    void a_burst_of_concurrent_requests_gets_exactly_the_budget_through() throws Exception {
        EmulatorHttp http = start(190, 625_000, 5);

        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 10; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    statuses.add(http.get(LIST).status());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(statuses).hasSize(250);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(190);
        assertThat(statuses.stream().filter(s -> s == 429)).hasSize(60);
    }

    private EmulatorHttp start(int perTenSeconds, int perDay, int searchesPerSecond) {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().clock(clock)
                .budget(perTenSeconds, perDay, searchesPerSecond).build());
        return new EmulatorHttp(emulator);
    }
}
