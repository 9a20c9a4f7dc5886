package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubSpotEmulatorOptionsTest {

    @Test
    void defaults_are_hubspot_professional_limits_without_latency_or_faults() {
        HubSpotEmulatorOptions defaults = HubSpotEmulatorOptions.defaults();

        assertThat(defaults.tenSecondBudget()).isEqualTo(190);
        assertThat(defaults.dailyBudget()).isEqualTo(625_000);
        assertThat(defaults.searchPerSecond()).isEqualTo(5);
        assertThat(defaults.errorRate()).isZero();
        assertThat(defaults.latency()).isZero();
        assertThat(defaults.accessTokens()).containsExactly(HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN);
        assertThat(defaults.webhook()).isNull();
    }

    @Test
    void every_invalid_option_is_named_in_one_error() {
        assertThatThrownBy(() -> HubSpotEmulatorOptions.builder().port(70_000).faults(1.5, Set.of())
                .budget(0, 10, -1).latency(Duration.ofMillis(-1), Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port:").hasMessageContaining("errorRate:")
                .hasMessageContaining("tenSecondBudget:").hasMessageContaining("searchPerSecond:")
                .hasMessageContaining("latency:");
    }

    @Test
    void an_error_rate_needs_a_fault_kind() {
        assertThatThrownBy(() -> HubSpotEmulatorOptions.builder().faults(0.1, Set.of()).build())
                .hasMessageContaining("faults:");
    }

    @Test
    void webhook_options_name_their_problems() {
        assertThatThrownBy(() -> WebhookOptions.to(URI.create("ftp://x.example"), " ", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook.targetUrl").hasMessageContaining("webhook.clientSecret")
                .hasMessageContaining("webhook.appId");
    }

    @Test
    void to_builder_keeps_every_value() {
        HubSpotEmulatorOptions options = HubSpotEmulatorOptions.builder().port(18_080).seed(9).portalId(77)
                .budget(100, 250_000, 4).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
    }
}
