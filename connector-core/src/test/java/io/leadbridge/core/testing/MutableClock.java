package io.leadbridge.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand, so that backoffs and leases run out without waiting. Starts at
 * {@link #DEFAULT_START} unless told otherwise, in UTC. Clocks made by {@link #withZone} share the same time.
 * Thread-safe.
 */
public final class MutableClock extends Clock {

    /** A fixed, readable start: 2025-03-03T09:00:00Z, a Monday morning. */
    public static final Instant DEFAULT_START = Instant.parse("2025-03-03T09:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static MutableClock startingAt(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    public static MutableClock atDefaultStart() {
        return startingAt(DEFAULT_START);
    }

    /** Moves the clock forward by {@code duration}; returns the new time. */
    public Instant advance(Duration duration) {
        if (Objects.requireNonNull(duration, "duration").isNegative()) {
            throw new IllegalArgumentException("advance moves forward only; use set() to go back: " + duration);
        }
        return now.updateAndGet(t -> t.plus(duration));
    }

    /** Sets the clock to {@code instant}, which may be earlier than now (e.g. to model a skewed host). */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
