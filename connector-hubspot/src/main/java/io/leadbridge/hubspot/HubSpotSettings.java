package io.leadbridge.hubspot;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach one HubSpot account. Validates itself and reports every problem at once, each prefixed by
 * its configuration key ({@code connector.hubspot.*}); never echoes a secret, and {@link #toString()}
 * masks them.
 *
 * @param baseUrl         absolute http(s) URL, {@link #DEFAULT_BASE_URL} in production
 * @param accessToken     private-app or service-key token, sent as a bearer token; may be blank with OAuth
 * @param apiVersion      a date version such as {@code 2026-03} ({@link #DEFAULT_API_VERSION}), or {@code v3}
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for each response
 * @param oauth           OAuth 2.0 refresh instead of a static token
 * @param dailyLimitShare the share of the account's daily API limit the connector may use, in (0, 1]
 * @param accountTimeZone the account's time zone, where the daily limit resets at midnight
 */
public record HubSpotSettings(URI baseUrl, String accessToken, String apiVersion, Duration connectTimeout,
                              Duration readTimeout, Optional<OAuth> oauth, double dailyLimitShare,
                              ZoneId accountTimeZone) {

    public static final String DEFAULT_API_VERSION = "2026-03";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.hubapi.com");

    private static final String PREFIX = "connector.hubspot.";
    private static final Pattern DATE_VERSION = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern TOKEN_CHARACTERS = Pattern.compile("\\p{Graph}+");

    public HubSpotSettings {
        List<String> problems = new ArrayList<>();
        if (!isHttpUrl(baseUrl)) {
            problems.add(PREFIX + "base-url: must be an absolute http(s) URL");
        }
        oauth = oauth == null ? Optional.empty() : oauth;
        if (oauth.isEmpty() && (accessToken == null || accessToken.isBlank())) {
            problems.add(PREFIX + "access-token: must not be blank");
        } else if (accessToken != null && !accessToken.isBlank() && !TOKEN_CHARACTERS.matcher(accessToken).matches()) {
            problems.add(PREFIX + "access-token: must not contain spaces, line breaks or non-ASCII characters");
        }
        oauth.ifPresent(o -> o.check(problems));
        if (apiVersion == null || !("v3".equals(apiVersion) || DATE_VERSION.matcher(apiVersion).matches())) {
            problems.add(PREFIX + "api-version: must be a date version such as " + DEFAULT_API_VERSION + ", or v3");
        }
        requirePositive(connectTimeout, "connect-timeout", problems);
        requirePositive(readTimeout, "read-timeout", problems);
        if (!(dailyLimitShare > 0 && dailyLimitShare <= 1)) {
            problems.add(PREFIX + "daily-limit-share: must be greater than 0 and at most 1, was " + dailyLimitShare);
        }
        if (accountTimeZone == null) {
            problems.add(PREFIX + "account-time-zone: must be a time zone such as Europe/Berlin or UTC");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** A private-app token, the whole daily limit, UTC reset. */
    public HubSpotSettings(URI baseUrl, String accessToken, String apiVersion, Duration connectTimeout,
                           Duration readTimeout) {
        this(baseUrl, accessToken, apiVersion, connectTimeout, readTimeout, Optional.empty(), 1.0, ZoneOffset.UTC);
    }

    /** Whether calls authenticate with OAuth access tokens refreshed from {@link #oauth()}. */
    public boolean usesOAuth() {
        return oauth.isPresent();
    }

    private static boolean isHttpUrl(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static void requirePositive(Duration duration, String key, List<String> problems) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            problems.add(PREFIX + key + ": must be a positive duration");
        }
    }

    @Override
    public String toString() {
        return "HubSpotSettings[baseUrl=" + baseUrl + ", accessToken=****, apiVersion=" + apiVersion
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", oauth=" + oauth
                + ", dailyLimitShare=" + dailyLimitShare + ", accountTimeZone=" + accountTimeZone + "]";
    }

    /**
     * OAuth 2.0 refresh: the app's client id and secret and the refresh token of the installation.
     */
    public record OAuth(String clientId, String clientSecret, String refreshToken) {

        void check(List<String> problems) {
            if (blank(refreshToken)) {
                problems.add(PREFIX + "refresh-token: must not be blank");
            }
            if (blank(clientId)) {
                problems.add(PREFIX + "client-id: must be set with refresh-token");
            }
            if (blank(clientSecret)) {
                problems.add(PREFIX + "client-secret: must be set with refresh-token");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=****, refreshToken=****]";
        }
    }
}
