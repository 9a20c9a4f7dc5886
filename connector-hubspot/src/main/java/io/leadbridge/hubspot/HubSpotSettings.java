package io.leadbridge.hubspot;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach one HubSpot account. Validates itself and reports every problem at once, each prefixed by
 * its configuration key ({@code connector.hubspot.*}); never echoes the token, and {@link #toString()}
 * masks it.
 *
 * @param baseUrl        absolute http(s) URL, {@link #DEFAULT_BASE_URL} in production
 * @param accessToken    private-app or OAuth access token, sent as a bearer token
 * @param apiVersion     a date version such as {@code 2026-03} ({@link #DEFAULT_API_VERSION}), or {@code v3}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for each response
 */
public record HubSpotSettings(URI baseUrl, String accessToken, String apiVersion, Duration connectTimeout,
                              Duration readTimeout) {

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
        if (accessToken == null || accessToken.isBlank()) {
            problems.add(PREFIX + "access-token: must not be blank");
        } else if (!TOKEN_CHARACTERS.matcher(accessToken).matches()) {
            problems.add(PREFIX + "access-token: must not contain spaces, line breaks or non-ASCII characters");
        }
        if (apiVersion == null || !("v3".equals(apiVersion) || DATE_VERSION.matcher(apiVersion).matches())) {
            problems.add(PREFIX + "api-version: must be a date version such as " + DEFAULT_API_VERSION + ", or v3");
        }
        requirePositive(connectTimeout, "connect-timeout", problems);
        requirePositive(readTimeout, "read-timeout", problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
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
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
