package io.leadbridge.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Webhook-path latencies: HubSpot change made until the Salesforce Lead shows it.
 *
 * @param offeredPerSecond the rate the changes were made at
 * @param samples          one latency per change that arrived
 * @param missed           changes that never arrived within the wait
 */
record LatencyResult(double offeredPerSecond, List<Duration> samples, int missed) {

    Duration percentile(double p) {
        if (samples.isEmpty()) {
            return Duration.ZERO;
        }
        List<Duration> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
