package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotFaultsTest {

    private static final String CONTACTS = "/crm/v3/objects/contacts";
    private static final int REQUESTS = 400;

    private HubSpotEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void an_error_rate_of_a_quarter_fails_about_a_quarter_of_requests_split_between_the_fault_kinds() {
        EmulatorHttp http = start(HubSpotEmulatorOptions.builder().seed(7)
                .faults(0.25, EnumSet.of(Fault.RATE_LIMIT, Fault.SERVER_ERROR)).budget(10_000, 625_000, 5));

        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            EmulatorHttp.Reply reply = http.post(CONTACTS, "{\"properties\":{\"email\":\"f" + i
                    + "@acme.example\"},\"associations\":[]}");
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 429) {
                assertThat(reply.json().path("policyName").asString()).isEqualTo("TEN_SECONDLY_ROLLING");
            }
        }

        int faults = statuses.getOrDefault(429, 0) + statuses.getOrDefault(500, 0);
        assertThat(faults).as("faults among %d requests: %s", REQUESTS, statuses).isBetween(65, 135);
        assertThat(statuses.getOrDefault(429, 0)).isBetween(faults / 4, faults * 3 / 4);
        assertThat(statuses.get(201)).isEqualTo(REQUESTS - faults);
        assertThat(emulator.count(ObjectType.CONTACTS)).as("failed requests are not applied")
                .isEqualTo(REQUESTS - faults);
    }

    @Test
    void the_same_seed_injects_the_same_faults() {
        String first = statusSequence(11);
        emulator.close();
        String second = statusSequence(11);

        assertThat(first).isEqualTo(second).contains("500").contains("200");
    }

    @Test
    void a_timeout_fault_keeps_the_client_waiting_past_its_read_timeout_and_writes_nothing() {
        EmulatorHttp http = start(HubSpotEmulatorOptions.builder().faults(1.0, Set.of(Fault.TIMEOUT))
                .timeoutDelay(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> http.postWithTimeout(CONTACTS,
                "{\"properties\":{\"email\":\"slow@acme.example\"},\"associations\":[]}", Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(emulator.count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void latency_longer_than_the_read_timeout_times_the_client_out() {
        EmulatorHttp http = start(HubSpotEmulatorOptions.builder().latency(Duration.ofSeconds(30), Duration.ZERO));

        assertThatThrownBy(() -> http.postWithTimeout(CONTACTS,
                "{\"properties\":{\"email\":\"late@acme.example\"},\"associations\":[]}", Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class);
    }

    private String statusSequence(long seed) {
        EmulatorHttp http = start(HubSpotEmulatorOptions.builder().seed(seed)
                .faults(0.3, Set.of(Fault.SERVER_ERROR)));
        StringBuilder sequence = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sequence.append(http.get(CONTACTS + "?limit=1").status()).append(' ');
        }
        return sequence.toString();
    }

    private EmulatorHttp start(HubSpotEmulatorOptions.Builder options) {
        emulator = HubSpotEmulator.start(options.build());
        return new EmulatorHttp(emulator);
    }
}
