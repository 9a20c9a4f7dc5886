package io.leadbridge.sandbox.salesforce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * The org's daily API request allocation, counted per UTC day of the emulator's clock (Salesforce counts a rolling
 * 24 hours). Thread-safe.
 */
final class ApiAllocation {

    private final Clock clock;
    private final long limit;
    private LocalDate day;
    private long used;

    ApiAllocation(Clock clock, long limit) {
        this.clock = clock;
        this.limit = limit;
        this.day = today();
    }

    /** Counts one request and returns the usage including it, or empty when the allocation is spent. */
    synchronized OptionalLong take() {
        rollOver();
        if (used >= limit) {
            return OptionalLong.empty();
        }
        used++;
        return OptionalLong.of(used);
    }

    synchronized long used() {
        rollOver();
        return used;
    }

    synchronized void setUsed(long value) {
        rollOver();
        used = value;
    }

    long limit() {
        return limit;
    }

    private void rollOver() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            used = 0;
        }
    }

    private LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
