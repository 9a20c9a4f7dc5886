package io.leadbridge.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies of timed changes: a HubSpot change made until the Salesforce Lead shows it (webhook path), or a HubSpot
 * email logged until Salesforce shows its Task (touch path).
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
