package io.leadbridge.sandbox.hubspot;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Draws each request's latency and whether it fails, from one seeded random. Thread-safe. */
final class FaultInjector {

    private final Random random;
    private final double errorRate;
    private final List<Fault> faults;
    private final Duration latency;
    private final long jitterMillis;

    FaultInjector(Random random, HubSpotEmulatorOptions options) {
        this.random = random;
        this.errorRate = options.errorRate();
        this.faults = options.faults().stream().sorted().toList();
        this.latency = options.latency();
        this.jitterMillis = options.latencyJitter().toMillis();
    }

    synchronized Duration nextLatency() {
        long jitter = jitterMillis == 0 ? 0 : (long) (random.nextDouble() * (jitterMillis + 1));
        return latency.plusMillis(jitter);
    }

    synchronized Optional<Fault> nextFault() {
        if (errorRate == 0 || random.nextDouble() >= errorRate) {
            return Optional.empty();
        }
        return Optional.of(faults.get(random.nextInt(faults.size())));
    }
}
