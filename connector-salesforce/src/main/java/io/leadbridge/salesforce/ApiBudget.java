package io.leadbridge.salesforce;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of the org's daily API allocation the connector may use ({@code connector.salesforce.daily-api-share}),
 * fed with the {@code LimitInfoHeader} of every response.
 *
 * <p>Once a response reports usage at or above the share, calls fail fast with {@link SyncFailure.RateLimited}
 * (code {@value #CODE}) for {@link #PAUSE}, without reaching Salesforce. The allocation is a rolling 24 hours and
 * Salesforce does not say when usage will drop, so after the pause the next call goes through as a probe: its
 * response either lifts the block or renews it. Safe for concurrent use; one budget is shared by every session
 * of an org.
 */
public final class ApiBudget {

    public static final String CODE = "API_SHARE_USED";
    /** How long calls are held after the share was reached before one probes again. */
    public static final Duration PAUSE = Duration.ofMinutes(15);

    private final double share;
    private final Clock clock;
    private ApiUsage lastUsage;
    private Instant blockedUntil = Instant.MIN;

    /**
     * @param share the usable share of the daily allocation, above 0 and at most 1
     */
    public ApiBudget(double share, Clock clock) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be above 0 and at most 1, was " + share);
        }
        this.share = share;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A budget that lets the connector use the whole allocation. */
    public static ApiBudget whole(Clock clock) {
        return new ApiBudget(1.0, clock);
    }

    /** @throws SyncFailureException with {@link SyncFailure.RateLimited} while the share is used up */
    public synchronized void beforeCall() {
        Instant now = clock.instant();
        if (now.isBefore(blockedUntil)) {
            throw new SyncFailureException(new SyncFailure.RateLimited(CODE, "the connector has used "
                    + percent(lastUsage.fraction()) + " of the org's daily API requests (" + lastUsage.used() + " of "
                    + lastUsage.limit() + "); its share is " + percent(share), "", Duration.between(now, blockedUntil)));
        }
    }

    /** Records the usage a response reported. */
    public synchronized void record(ApiUsage usage) {
        lastUsage = Objects.requireNonNull(usage, "usage");
        blockedUntil = usage.fraction() >= share ? clock.instant().plus(PAUSE) : Instant.MIN;
    }

    public synchronized Optional<ApiUsage> lastUsage() {
        return Optional.ofNullable(lastUsage);
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + "%";
    }
}
