package io.leadbridge.hubspot.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code X-HubSpot-RateLimit-*} values of one response. Each value is empty when HubSpot did not
 * send it (search responses send none; OAuth calls send no daily values).
 *
 * @param max            calls allowed per {@code interval}
 * @param remaining      calls left in the current interval
 * @param interval       the length of the rolling window
 * @param daily          calls allowed per day for the account
 * @param dailyRemaining calls left today
 */
public record RateLimitStatus(OptionalLong max, OptionalLong remaining, Optional<Duration> interval,
                              OptionalLong daily, OptionalLong dailyRemaining) {

    static final String MAX = "X-HubSpot-RateLimit-Max";
    static final String REMAINING = "X-HubSpot-RateLimit-Remaining";
    static final String INTERVAL_MILLISECONDS = "X-HubSpot-RateLimit-Interval-Milliseconds";
    static final String DAILY = "X-HubSpot-RateLimit-Daily";
    static final String DAILY_REMAINING = "X-HubSpot-RateLimit-Daily-Remaining";

    /** The values in {@code headers}, or empty when none of them is there. */
    static Optional<RateLimitStatus> from(HttpHeaders headers) {
        RateLimitStatus status = new RateLimitStatus(number(headers, MAX), number(headers, REMAINING),
                interval(headers), number(headers, DAILY), number(headers, DAILY_REMAINING));
        boolean any = status.max.isPresent() || status.remaining.isPresent() || status.interval.isPresent()
                || status.daily.isPresent() || status.dailyRemaining.isPresent();
        return any ? Optional.of(status) : Optional.empty();
    }

    static Optional<Duration> interval(HttpHeaders headers) {
        OptionalLong millis = number(headers, INTERVAL_MILLISECONDS);
        return millis.isPresent() ? Optional.of(Duration.ofMillis(millis.getAsLong())) : Optional.empty();
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long parsed = Long.parseLong(value.get().strip());
            return parsed < 0 ? OptionalLong.empty() : OptionalLong.of(parsed);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
