package io.leadbridge.hubspot;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How far behind now a read of changes by CRM search stops. HubSpot's search is eventually consistent: a record
 * written a moment ago may be missing from the results for a few seconds while records written after it are
 * already there. A reader that moved its watermark past those later records would never see the missing one.
 * So the change readers (contacts, companies, engagements) take only versions modified at least {@code lag} ago
 * and leave the rest, with the watermark, for a later read.
 *
 * <p>The lag is measured against this machine's clock and compared with HubSpot's modification times, so it must
 * also cover any clock difference between the two.
 */
public final class SearchLag {

    /** The longest lag accepted: beyond it polled changes would arrive later than an admin expects. */
    public static final Duration MAX = Duration.ofMinutes(5);
    /** No lag: every version the search returns is taken (tests against an immediately consistent fake). */
    public static final SearchLag NONE = new SearchLag(Duration.ZERO, Clock.systemUTC());

    private final Duration lag;
    private final Clock clock;

    /**
     * @throws InvalidConfigurationException naming {@code connector.hubspot.search-lag} when the lag is negative or
     *                                       longer than {@link #MAX}
     */
    public SearchLag(Duration lag, Clock clock) {
        Objects.requireNonNull(lag, "lag");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lag.isNegative() || lag.compareTo(MAX) > 0) {
            throw new InvalidConfigurationException(List.of("connector.hubspot.search-lag: must be between 0s and "
                    + MAX.toMinutes() + "m, was " + lag));
        }
        this.lag = lag;
    }

    /** The newest modification time a read started now may take. */
    public Instant cutoff() {
        return clock.instant().minus(lag);
    }

    public Duration lag() {
        return lag;
    }
}
