package io.leadbridge.hubspot;

import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HubSpotSettingsTest {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    @Test
    void acceptsTheProductionEndpointWithTheDefaultDateVersion() {
        HubSpotSettings settings = new HubSpotSettings(HubSpotSettings.DEFAULT_BASE_URL, TOKEN,
                HubSpotSettings.DEFAULT_API_VERSION, FIVE_SECONDS, Duration.ofSeconds(30));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.hubapi.com"));
        assertThat(settings.apiVersion()).isEqualTo("2026-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03", "2026-09", "v3"})
    void acceptsDateVersionsAndV3(String apiVersion) {
        assertThatCode(() -> new HubSpotSettings(URI.create("http://localhost:8089"), TOKEN, apiVersion,
                FIVE_SECONDS, FIVE_SECONDS)).doesNotThrowAnyException();
    }

    @Test
    void reportsEveryProblemAtOnceUnderItsConfigurationKey() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new HubSpotSettings(URI.create("api.hubapi.com"), " ", "v4", Duration.ZERO,
                        Duration.ofSeconds(-1)));

        assertThat(thrown.problems()).containsExactly(
                "connector.hubspot.base-url: must be an absolute http(s) URL",
                "connector.hubspot.access-token: must not be blank",
                "connector.hubspot.api-version: must be a date version such as 2026-03, or v3",
                "connector.hubspot.connect-timeout: must be a positive duration",
                "connector.hubspot.read-timeout: must be a positive duration");
    }

    @Test
    void acceptsOAuthRefreshInsteadOfAnAccessTokenAndHidesItsSecrets() {
        HubSpotSettings settings = new HubSpotSettings(HubSpotSettings.DEFAULT_BASE_URL, null, "2026-03", FIVE_SECONDS,
                FIVE_SECONDS, Optional.of(new HubSpotSettings.OAuth("5fd1a2b3-client", "secret-9e8d", "na1-refresh-77")),
                0.5, ZoneId.of("Europe/Berlin"));

        assertThat(settings.usesOAuth()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret-9e8d").doesNotContain("na1-refresh-77")
                .contains("5fd1a2b3-client");
    }

    @Test
    void reportsIncompleteOAuthAndAnImpossibleDailyShare() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new HubSpotSettings(HubSpotSettings.DEFAULT_BASE_URL, null, "2026-03", FIVE_SECONDS, FIVE_SECONDS,
                        Optional.of(new HubSpotSettings.OAuth(" ", null, "na1-refresh-77")), 1.5, null));

        assertThat(thrown.problems()).containsExactly(
                "connector.hubspot.client-id: must be set with refresh-token",
                "connector.hubspot.client-secret: must be set with refresh-token",
                "connector.hubspot.daily-limit-share: must be greater than 0 and at most 1, was 1.5",
                "connector.hubspot.account-time-zone: must be a time zone such as Europe/Berlin or UTC");
    }

    @Test
    void reportsMissingValuesLikeInvalidOnes() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new HubSpotSettings(null, null, null, null, null));

        assertThat(thrown.problems()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.hubapi.com", "/crm/v3", "https:api.hubapi.com", "file:///etc/hosts"})
    void rejectsBaseUrlsThatAreNotAbsoluteHttpUrls(String baseUrl) {
        assertThat(problemsOf(URI.create(baseUrl), TOKEN, "2026-03"))
                .containsExactly("connector.hubspot.base-url: must be an absolute http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-3", "2026-13", "2026-00", "v4", "V3", "2026-03-30", ""})
    void rejectsApiVersionsHubSpotDoesNotServe(String apiVersion) {
        assertThat(problemsOf(HubSpotSettings.DEFAULT_BASE_URL, TOKEN, apiVersion))
                .containsExactly("connector.hubspot.api-version: must be a date version such as 2026-03, or v3");
    }

    @Test
    void rejectsATokenWithALineBreakWithoutRepeatingIt() {
        String token = TOKEN + "\n";

        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new HubSpotSettings(HubSpotSettings.DEFAULT_BASE_URL, token, "2026-03", FIVE_SECONDS,
                        FIVE_SECONDS));

        assertThat(thrown.problems()).containsExactly(
                "connector.hubspot.access-token: must not contain spaces, line breaks or non-ASCII characters");
        assertThat(thrown).hasMessageNotContaining(TOKEN);
    }

    @Test
    void masksTheTokenWhenPrinted() {
        HubSpotSettings settings = new HubSpotSettings(HubSpotSettings.DEFAULT_BASE_URL, TOKEN, "2026-03",
                FIVE_SECONDS, FIVE_SECONDS);

        assertThat(settings.toString())
                .doesNotContain(TOKEN)
                .contains("accessToken=****", "baseUrl=https://api.hubapi.com", "apiVersion=2026-03");
    }

    private static java.util.List<String> problemsOf(URI baseUrl, String token, String apiVersion) {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new HubSpotSettings(baseUrl, token, apiVersion, FIVE_SECONDS, FIVE_SECONDS));
        assertThat(thrown).as("settings rejected").isNotNull();
        return thrown.problems();
    }
}
