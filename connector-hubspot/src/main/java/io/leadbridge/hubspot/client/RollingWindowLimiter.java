package io.leadbridge.hubspot.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * At most {@code max} calls in any rolling {@code window}, as HubSpot counts its search limit. Each call is given
 * the earliest start at which the {@code max}-th call before it lies a whole {@code window} behind, and waits
 * until then; starts never go backwards, so no window of that length ever holds more than {@code max} of them.
 *
 * <p>A limiter that refreshes permits in fixed cycles has to spread them thinner to keep every rolling window
 * under the limit (one call per 250 ms for five a second, four a second in the long run); this one keeps the
 * full rate and never bursts past it.
 *
 * <p>A caller that wakes later than its start (a garbage-collection pause, a starved CPU) goes out later than the
 * start it was given, and the calls spaced from that start would reach HubSpot less than a window behind it. Its
 * start is therefore moved to the time it woke, unless another call has been spaced from it since.
 */
final class RollingWindowLimiter {

    /** Waits a number of nanoseconds; throws when the waiting thread is interrupted. */
    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private static final Sleeper THREAD_SLEEP = TimeUnit.NANOSECONDS::sleep;

    private final long windowNanos;
    private final long[] starts;
    /** How often each start has been handed out: a late caller moves its start only while it is still its own. */
    private final long[] handedOut;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private int oldest;

    RollingWindowLimiter(int max, Duration window) {
        this(max, window, System::nanoTime, THREAD_SLEEP);
    }

    RollingWindowLimiter(int max, Duration window, LongSupplier nanoTime, Sleeper sleeper) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("max and window must be positive, were " + max + " and " + window);
        }
        this.windowNanos = window.toNanos();
        this.starts = new long[max];
        this.handedOut = new long[max];
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        Arrays.fill(starts, nanoTime.getAsLong() - windowNanos);
    }

    /**
     * Takes the next start and waits for it; false, without taking one, when it lies more than {@code timeout}
     * away, or when the thread is interrupted while it waits.
     */
    boolean acquire(Duration timeout) {
        long wait;
        int slot;
        long turn;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long start = Math.max(now, starts[oldest] + windowNanos);
            wait = start - now;
            if (wait > timeout.toNanos()) {
                return false;
            }
            slot = oldest;
            starts[slot] = start;
            turn = ++handedOut[slot];
            oldest = (oldest + 1) % starts.length;
        }
        if (wait > 0) {
            try {
                sleeper.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        synchronized (this) {
            if (handedOut[slot] == turn) {
                starts[slot] = Math.max(starts[slot], nanoTime.getAsLong());
            }
        }
        return true;
    }
}
