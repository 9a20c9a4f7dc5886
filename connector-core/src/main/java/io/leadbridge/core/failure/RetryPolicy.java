package io.leadbridge.core.failure;

import java.time.Duration;

/**
 * How long to wait before a failed change is tried again, and when to give up and park it in the
 * error queue. Rate limits wait for the vendor's own retry-after and do not use up attempts.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(5), Duration.ofMinutes(15));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Backoff before attempt {@code attemptsSoFar + 1}: doubles from the initial value up to the cap. */
    public Duration backoffAfter(int attemptsSoFar) {
        int exponent = Math.max(0, Math.min(attemptsSoFar - 1, 30));
        Duration delay = initialBackoff.multipliedBy(1L << exponent);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** Whether a change that has now failed {@code attemptsSoFar} times should be parked. */
    public boolean exhausted(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }
}
