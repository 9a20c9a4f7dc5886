package io.leadbridge.hubspot.client;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client-side budget of one HubSpot account, shared by every call the connector makes to it.
 *
 * <ul>
 *   <li><b>Burst:</b> a resilience4j {@link RateLimiter} sized from {@code X-HubSpot-RateLimit-Max} and
 *   {@code -Interval-Milliseconds} (100 per 10 s until a response says otherwise). HubSpot's window is
 *   rolling while the limiter refreshes in fixed one-second cycles, and a rolling window overlaps one cycle
 *   more than it spans, so each cycle gets {@code max / (cycles + 1)} permits: no 10-second window ever
 *   sees more than {@code max} calls. A response reporting {@code Remaining: 0} pauses calls for one
 *   interval.</li>
 *   <li><b>Search:</b> at most 5 calls in any rolling 1,050 ms ({@link RollingWindowLimiter}): HubSpot's
 *   per-account limit of 5 a second, which it counts as calls arrive, and 50 ms for the network to deliver two
 *   calls closer together than they were sent. Search responses carry no headers to size it from.</li>
 *   <li><b>Daily share:</b> once {@code Daily - Daily-Remaining} reaches {@code dailyShare} of
 *   {@code Daily}, or HubSpot answers 429 with policy {@code DAILY}, every call fails fast as
 *   {@link SyncFailure.RateLimited} until the next midnight in the account's time zone.</li>
 * </ul>
 * A call that cannot get a permit within one interval fails as {@link SyncFailure.RateLimited}.
 */
public final class HubSpotRateLimits {

    static final long DEFAULT_MAX = 100;
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    static final Duration CYCLE = Duration.ofSeconds(1);
    static final int SEARCHES_PER_WINDOW = 5;
    static final Duration SEARCH_WINDOW = Duration.ofMillis(1_050);
    private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEARCH_RETRY_AFTER = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(HubSpotRateLimits.class);

    private final double dailyShare;
    private final ZoneId accountZone;
    private final Clock clock;
    private final AtomicReference<BurstLimiter> burst = new AtomicReference<>();
    private final RollingWindowLimiter search;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile Instant dailyBudgetUsedUntil = Instant.MIN;
    private volatile DailyUsage dailyUsage;

    /**
     * @param dailyShare  the share of the account's daily limit the connector may use, in (0, 1]
     * @param accountZone the account's time zone, where the daily limit resets at midnight
     */
    public HubSpotRateLimits(double dailyShare, ZoneId accountZone, Clock clock) {
        if (!(dailyShare > 0 && dailyShare <= 1)) {
            throw new IllegalArgumentException("dailyShare must be greater than 0 and at most 1, was " + dailyShare);
        }
        this.dailyShare = dailyShare;
        this.accountZone = Objects.requireNonNull(accountZone, "accountZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.burst.set(BurstLimiter.of(DEFAULT_MAX, DEFAULT_INTERVAL));
        this.search = new RollingWindowLimiter(SEARCHES_PER_WINDOW, SEARCH_WINDOW);
    }

    /** The whole daily limit, UTC reset: for tests and tools. */
    public static HubSpotRateLimits unshared() {
        return new HubSpotRateLimits(1.0, ZoneId.of("UTC"), Clock.systemUTC());
    }

    /** Waits for a permit for one call; throws {@link SyncFailureException} (RateLimited) instead of exceeding a limit. */
    void acquire(boolean searchCall) {
        Instant now = clock.instant();
        if (now.isBefore(dailyBudgetUsedUntil)) {
            throw limited("DAILY_SHARE", "the connector has used its configured share of the HubSpot daily limit",
                    Duration.between(now, dailyBudgetUsedUntil));
        }
        if (!searchCall && now.isBefore(pausedUntil)) {
            throw limited("TEN_SECONDLY_ROLLING", "HubSpot reported no calls left in the current interval",
                    Duration.between(now, pausedUntil));
        }
        boolean permitted = searchCall ? search.acquire(SEARCH_TIMEOUT) : burst.get().limiter().acquirePermission();
        if (!permitted) {
            throw limited(searchCall ? "SEARCH_LIMIT" : "LOCAL_BURST_LIMIT",
                    "the client-side HubSpot rate limiter had no permit in time",
                    searchCall ? SEARCH_RETRY_AFTER : CYCLE);
        }
    }

    /** Resizes the budget from the headers of a response. */
    void observe(RateLimitStatus status) {
        if (status.max().isPresent() && status.max().getAsLong() > 0 && status.interval().isPresent()
                && !status.interval().get().isZero()) {
            long max = status.max().getAsLong();
            Duration interval = status.interval().get();
            burst.updateAndGet(current -> current.sizedFor(max, interval) ? current : BurstLimiter.of(max, interval));
        }
        if (status.remaining().isPresent() && status.remaining().getAsLong() == 0) {
            pausedUntil = clock.instant().plus(status.interval().orElse(DEFAULT_INTERVAL));
        }
        if (status.daily().isPresent() && status.dailyRemaining().isPresent()) {
            long daily = status.daily().getAsLong();
            long used = daily - status.dailyRemaining().getAsLong();
            dailyUsage = new DailyUsage(used, daily);
            if (used >= Math.floor(daily * dailyShare)) {
                blockUntilDailyReset(used + " of " + daily + " daily calls used, share " + dailyShare);
            }
        }
    }

    /** HubSpot answered 429 with policy {@code DAILY}. */
    void dailyLimitReached() {
        blockUntilDailyReset("HubSpot reported its daily limit reached");
    }

    /** How long until the daily limit resets; zero while the connector may still call. */
    public Duration dailyBudgetWait() {
        Instant now = clock.instant();
        return now.isBefore(dailyBudgetUsedUntil) ? Duration.between(now, dailyBudgetUsedUntil) : Duration.ZERO;
    }

    /** The daily usage the last response with daily headers reported; empty until one did. */
    public Optional<DailyUsage> dailyUsage() {
        return Optional.ofNullable(dailyUsage);
    }

    /** The share of the daily limit the connector may use. */
    public double dailyShare() {
        return dailyShare;
    }

    /** Calls per cycle the burst limiter now grants. */
    int permitsPerCycle() {
        return burst.get().limiter().getRateLimiterConfig().getLimitForPeriod();
    }

    Duration untilDailyReset() {
        Instant now = clock.instant();
        Instant reset = LocalDate.ofInstant(now, accountZone).plusDays(1).atStartOfDay(accountZone).toInstant();
        return Duration.between(now, reset);
    }

    private void blockUntilDailyReset(String why) {
        Instant until = clock.instant().plus(untilDailyReset());
        if (!until.equals(dailyBudgetUsedUntil)) {
            log.warn("HubSpot daily budget used ({}): calls fail fast until {}", why, until);
        }
        dailyBudgetUsedUntil = until;
    }

    private static SyncFailureException limited(String code, String message, Duration retryAfter) {
        return new SyncFailureException(new SyncFailure.RateLimited(code, message, "", retryAfter));
    }

    /** A fixed-cycle limiter that never lets a rolling window of {@code interval} see more than {@code max} calls. */
    private record BurstLimiter(long max, Duration interval, RateLimiter limiter) {

        static BurstLimiter of(long max, Duration interval) {
            long cycles = Math.max(1, interval.toMillis() / CYCLE.toMillis());
            int perCycle = (int) Math.max(1, Math.min(Integer.MAX_VALUE, max / (cycles + 1)));
            RateLimiter limiter = RateLimiter.of("hubspot-burst", RateLimiterConfig.custom()
                    .limitForPeriod(perCycle)
                    .limitRefreshPeriod(Duration.ofMillis(interval.toMillis() / cycles))
                    .timeoutDuration(interval)
                    .build());
            return new BurstLimiter(max, interval, limiter);
        }

        boolean sizedFor(long otherMax, Duration otherInterval) {
            return max == otherMax && interval.equals(otherInterval);
        }
    }
}
