package io.leadbridge.sandbox.salesforce;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Draws injected faults and latency from the seeded random source. Thread-safe. */
final class FaultInjector {

    private final Random random;
    private final double rate;
    private final List<InjectedFault> kinds;
    private final Duration latency;
    private final Duration jitter;

    FaultInjector(Random random, SalesforceOptions options) {
        this.random = random;
        this.rate = options.errorRate();
        this.kinds = options.injectedFaults().stream().sorted().toList();
        this.latency = options.latency();
        this.jitter = options.latencyJitter();
    }

    /** The fault to inject into this call, if any. */
    Optional<InjectedFault> draw() {
        if (rate <= 0) {
            return Optional.empty();
        }
        synchronized (random) {
            if (random.nextDouble() >= rate) {
                return Optional.empty();
            }
            return Optional.of(kinds.get(random.nextInt(kinds.size())));
        }
    }

    /** The delay before this call's answer: the fixed latency plus up to the jitter. */
    Duration delay() {
        if (jitter.isZero()) {
            return latency;
        }
        long extra;
        synchronized (random) {
            extra = (long) (random.nextDouble() * jitter.toMillis());
        }
        return latency.plusMillis(extra);
    }
}
