package io.leadbridge.core.workflow.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution of times from MQL to the first SDR touch.
 *
 * @param buckets how many first touches came within each limit ({@code 5m}, {@code 15m}, ... {@code more}), not
 *                cumulative, in that order
 */
public record SpeedToLead(long measured, Optional<Duration> median, Optional<Duration> p90, Optional<Duration> max,
                          Map<String, Long> buckets) {

    static final List<Duration> LIMITS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1));
    private static final List<String> LABELS = List.of("5m", "15m", "30m", "1h", "4h", "1d");

    public SpeedToLead {
        buckets = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
    }

    static SpeedToLead of(List<Duration> times) {
        List<Duration> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        Map<String, Long> buckets = new LinkedHashMap<>();
        LABELS.forEach(label -> buckets.put(label, 0L));
        buckets.put("more", 0L);
        for (Duration time : sorted) {
            int index = 0;
            while (index < LIMITS.size() && time.compareTo(LIMITS.get(index)) > 0) {
                index++;
            }
            buckets.merge(index < LABELS.size() ? LABELS.get(index) : "more", 1L, Long::sum);
        }
        return new SpeedToLead(sorted.size(), percentile(sorted, 50), percentile(sorted, 90),
                sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1)), buckets);
    }

    /** Nearest-rank percentile. */
    private static Optional<Duration> percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
