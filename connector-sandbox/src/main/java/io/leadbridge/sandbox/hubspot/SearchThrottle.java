package io.leadbridge.sandbox.hubspot;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/** HubSpot's search limit: so many search requests per rolling second; a refused request is not counted. */
final class SearchThrottle {

    private final int perSecond;
    private final Clock clock;
    private final Deque<Long> window = new ArrayDeque<>();

    SearchThrottle(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    synchronized boolean tryAcquire() {
        long now = clock.millis();
        while (!window.isEmpty() && window.peekFirst() <= now - 1_000) {
            window.removeFirst();
        }
        if (window.size() >= perSecond) {
            return false;
        }
        window.addLast(now);
        return true;
    }
}
