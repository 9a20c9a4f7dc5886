package io.leadbridge.app.flow;

import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.sync.ChangeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * End-to-end latency of the person pipeline, for {@code /actuator/prometheus}: from the moment a record changed in
 * its CRM to the moment Leadbridge settled that change in the other CRM (written, or found there already), per
 * source system, as a histogram ({@code leadbridge_sync_latency_seconds_bucket}). Runs after the step it wraps, so
 * a change whose step fails and is retried is measured once, when it finally settles.
 */
final class SyncLatencyMetrics implements SettledChangeListener {

    private final SettledChangeListener next;
    private final MeterRegistry registry;
    private final Clock clock;

    SyncLatencyMetrics(SettledChangeListener next, MeterRegistry registry, Clock clock) {
        this.next = next;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void settled(ChangeEvent change) {
        next.settled(change);
        Duration latency = Duration.between(change.modifiedAt(), clock.instant());
        Timer.builder("leadbridge.sync.latency")
                .description("change modified in its CRM until settled in the other CRM")
                .tag("source", change.ref().system().name().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry)
                .record(latency.isNegative() ? Duration.ZERO : latency);
    }
}
