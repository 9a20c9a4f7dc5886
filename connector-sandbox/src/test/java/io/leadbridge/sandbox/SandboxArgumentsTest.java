package io.leadbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxArgumentsTest {

    @Test
    void defaultsSuitARealisticLocalPair() {
        SandboxArguments args = SandboxArguments.parse();

        assertThat(args.hubspotPort()).isEqualTo(8081);
        assertThat(args.salesforcePort()).isEqualTo(8082);
        assertThat(args.seedPeople()).isEqualTo(300);
        assertThat(args.hubspotBurstLimit()).isEqualTo(190);
        assertThat(args.errorRate()).isZero();
        assertThat(args.hubspotWebhookUrl()).isEmpty();
        assertThat(args.help()).isFalse();
    }

    @Test
    void readsEveryOption() {
        SandboxArguments args = SandboxArguments.parse("--hubspot-port=9001", "--salesforce-port=9002",
                "--seed-people=1000", "--random-seed=7", "--latency-ms=25", "--error-rate=0.2",
                "--hubspot-burst-limit=100", "--hubspot-daily-limit=250000", "--salesforce-daily-limit=15000",
                "--hubspot-webhook-url=http://localhost:8080/webhooks/hubspot",
                "--salesforce-outbound-url=http://localhost:8080/webhooks/salesforce", "--hubspot-client-secret=s3cret",
                "--activity-interval-ms=5000", "--help");

        assertThat(args).isEqualTo(new SandboxArguments(9001, 9002, 1000, 7, Duration.ofMillis(25), 0.2, 100, 250000,
                15000, java.util.Optional.of("http://localhost:8080/webhooks/hubspot"),
                java.util.Optional.of("http://localhost:8080/webhooks/salesforce"), "s3cret", Duration.ofSeconds(5), true));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> SandboxArguments.parse("--hubspot-port=70000", "--error-rate=1.5", "--colour=red",
                "stray", "--hubspot-webhook-url=ftp://x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--colour is not an option")
                .hasMessageContaining("'stray' is not an option")
                .hasMessageContaining("--hubspot-port must be between 0 and 65535, was 70000")
                .hasMessageContaining("--error-rate must be a number from 0 to 1, was '1.5'")
                .hasMessageContaining("--hubspot-webhook-url must be an http(s) URL, was 'ftp://x'");
    }

    @Test
    void refusesTheSamePortForBothEmulators() {
        assertThatThrownBy(() -> SandboxArguments.parse("--hubspot-port=9000", "--salesforce-port=9000"))
                .hasMessage("--hubspot-port and --salesforce-port must differ (both 9000)");
    }

    @Test
    void theUsageNamesEveryOption() {
        for (String name : new String[] {"hubspot-port", "salesforce-port", "seed-people", "random-seed", "latency-ms",
                "error-rate", "hubspot-burst-limit", "hubspot-daily-limit", "salesforce-daily-limit",
                "hubspot-webhook-url", "salesforce-outbound-url", "hubspot-client-secret", "activity-interval-ms", "help"}) {
            assertThat(SandboxArguments.USAGE).contains("--" + name);
        }
    }
}
