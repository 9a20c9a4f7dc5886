package io.leadbridge.sandbox.hubspot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HubSpot's API budget: a rolling 10-second window and a daily count (reset at UTC midnight). A refused request
 * is not counted. Thread-safe.
 */
final class RequestBudget {

    static final long INTERVAL_MILLIS = 10_000;

    /** The outcome of one request: allowed or the policy that refused it, and the headers to send. */
    record Decision(boolean allowed, String policyName, Map<String, String> headers) {
    }

    private final int perInterval;
    private final int perDay;
    private final Clock clock;
    private final Deque<Long> window = new ArrayDeque<>();
    private LocalDate day;
    private int usedToday;

    RequestBudget(int perInterval, int perDay, Clock clock) {
        this.perInterval = perInterval;
        this.perDay = perDay;
        this.clock = clock;
    }

    synchronized Decision acquire() {
        long now = clock.millis();
        while (!window.isEmpty() && window.peekFirst() <= now - INTERVAL_MILLIS) {
            window.removeFirst();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
        String refusedBy = usedToday >= perDay ? "DAILY" : window.size() >= perInterval ? "TEN_SECONDLY_ROLLING" : null;
        if (refusedBy == null) {
            window.addLast(now);
            usedToday++;
        }
        return new Decision(refusedBy == null, refusedBy, headers());
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-HubSpot-RateLimit-Max", String.valueOf(perInterval));
        headers.put("X-HubSpot-RateLimit-Remaining", String.valueOf(Math.max(0, perInterval - window.size())));
        headers.put("X-HubSpot-RateLimit-Interval-Milliseconds", String.valueOf(INTERVAL_MILLIS));
        headers.put("X-HubSpot-RateLimit-Daily", String.valueOf(perDay));
        headers.put("X-HubSpot-RateLimit-Daily-Remaining", String.valueOf(Math.max(0, perDay - usedToday)));
        return headers;
    }
}
