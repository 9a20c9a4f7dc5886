package io.leadbridge.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConnectorPropertiesTest {

    private static final ConnectorProperties.HubSpot OAUTH = new ConnectorProperties.HubSpot(
            URI.create("https://api.hubapi.com"), null, "client-secret-9e8d", "2026-03", Duration.ofSeconds(10),
            Duration.ofSeconds(30), "na1-refresh-token-6f2b", "5fd1a2b3-client", 0.5, "Europe/Berlin",
            URI.create("https://sync.example.com/webhooks/hubspot"), Duration.ofSeconds(10), 5);

    @Test
    void neverShowsTheHubSpotSecrets() {
        assertThat(OAUTH.toString()).doesNotContain("client-secret-9e8d").doesNotContain("na1-refresh-token-6f2b")
                .contains("clientId=5fd1a2b3-client").contains("dailyLimitShare=0.5");
    }

    @Test
    void turnsARefreshTokenIntoOAuthSettingsWithTheDailyShareAndZone() {
        ConnectorProperties properties = new ConnectorProperties(OAUTH, salesforce(), null, null, null, null);

        CrmSettings settings = CrmSettings.from(properties);

        assertThat(settings.hubspot().usesOAuth()).isTrue();
        assertThat(settings.hubspot().oauth().orElseThrow().clientId()).isEqualTo("5fd1a2b3-client");
        assertThat(settings.hubspot().dailyLimitShare()).isEqualTo(0.5);
        assertThat(settings.hubspot().accountTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void reportsAnUnknownTimeZoneAndAShareAboveOneUnderTheirKeys() {
        ConnectorProperties.HubSpot wrong = new ConnectorProperties.HubSpot(URI.create("https://api.hubapi.com"),
                "pat-eu1-token", null, "2026-03", Duration.ofSeconds(10), Duration.ofSeconds(30), null, null, 2.0,
                "Mars/Olympus", null, Duration.ofSeconds(10), 5);

        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> CrmSettings.from(new ConnectorProperties(wrong, salesforce(), null, null, null, null)));

        assertThat(thrown.problems()).contains(
                "connector.hubspot.daily-limit-share: must be greater than 0 and at most 1, was 2.0",
                "connector.hubspot.account-time-zone: must be a time zone such as Europe/Berlin or UTC");
    }

    private static ConnectorProperties.Salesforce salesforce() {
        return new ConnectorProperties.Salesforce(URI.create("https://acme.my.salesforce.com"), null, null, null,
                "00D5g000004AbCd!token", "00D5g000004AbCdEAK", "65.0", "HubSpot_Id__c", Duration.ofSeconds(10),
                Duration.ofSeconds(120), 0.5, 10_000, null, false, null,
                org.springframework.util.unit.DataSize.ofMegabytes(1));
    }
}
