package io.leadbridge.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HubSpot emulator's knobs. Start from {@link #builder()} (HubSpot's defaults) and change what matters; an
 * invalid value fails with a message naming the option.
 *
 * @param port                0 for an ephemeral port
 * @param latency             fixed delay before each request is processed
 * @param latencyJitter       up to this much more, drawn from the seeded random
 * @param errorRate           share of API requests (0..1) answered with one of {@code faults} instead
 * @param faults              the kinds of injected faults, drawn evenly
 * @param timeoutDelay        how long a {@link Fault#TIMEOUT} keeps the client waiting before a 504
 * @param tenSecondBudget     requests per rolling 10 s ({@code X-HubSpot-RateLimit-Max}); HubSpot Pro: 190
 * @param dailyBudget         requests per UTC day ({@code X-HubSpot-RateLimit-Daily}); HubSpot Pro: 625,000
 * @param searchPerSecond     search requests per rolling second; HubSpot: 5
 * @param seed                seed of the random behind jitter, faults and generated tokens
 * @param clock               time source for timestamps, token expiry and limit windows
 * @param accessTokens        accepted static (private app) bearer tokens
 * @param clientId            OAuth client id accepted by the token endpoint
 * @param clientSecret        OAuth client secret accepted by the token endpoint
 * @param accessTokenLifetime {@code expires_in} of tokens the OAuth endpoint issues
 * @param portalId            the portal's id ({@code hub_id}, webhook {@code portalId})
 * @param webhook             webhook delivery, or null for none
 * @param threads             request-handling threads
 * @param searchIndexDelay    each write becomes visible to search after a random delay up to this (HubSpot's search
 *                            is eventually consistent); zero for immediately consistent search
 */
public record HubSpotEmulatorOptions(int port, Duration latency, Duration latencyJitter, double errorRate,
                                     Set<Fault> faults, Duration timeoutDelay, int tenSecondBudget, int dailyBudget,
                                     int searchPerSecond, long seed, Clock clock, Set<String> accessTokens,
                                     String clientId, String clientSecret, Duration accessTokenLifetime,
                                     long portalId, WebhookOptions webhook, int threads,
                                     Duration searchIndexDelay) {

    /** The private-app token the emulator accepts unless told otherwise. */
    public static final String DEFAULT_ACCESS_TOKEN = "pat-sandbox-emulator-token";
    public static final String DEFAULT_CLIENT_ID = "sandbox-client-id";
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-client-secret";

    public HubSpotEmulatorOptions {
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65_535) {
            problems.add("port: must be 0..65535 but was " + port);
        }
        nonNegative(problems, "latency", latency);
        nonNegative(problems, "latencyJitter", latencyJitter);
        nonNegative(problems, "timeoutDelay", timeoutDelay);
        nonNegative(problems, "searchIndexDelay", searchIndexDelay);
        if (!(errorRate >= 0 && errorRate <= 1)) {
            problems.add("errorRate: must be between 0 and 1 but was " + errorRate);
        }
        if (faults == null || (errorRate > 0 && faults.isEmpty())) {
            problems.add("faults: must name at least one fault when errorRate is above 0");
        }
        positive(problems, "tenSecondBudget", tenSecondBudget);
        positive(problems, "dailyBudget", dailyBudget);
        positive(problems, "searchPerSecond", searchPerSecond);
        positive(problems, "threads", threads);
        if (clock == null) {
            problems.add("clock: must not be null");
        }
        if (accessTokens == null || accessTokens.stream().anyMatch(t -> t == null || t.isBlank())) {
            problems.add("accessTokens: must be a set of non-blank tokens");
        }
        if (clientId == null || clientId.isBlank()) {
            problems.add("clientId: must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            problems.add("clientSecret: must not be blank");
        }
        if (accessTokenLifetime == null || accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
            problems.add("accessTokenLifetime: must be positive");
        }
        if (portalId <= 0) {
            problems.add("portalId: must be positive");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid HubSpot emulator options: " + String.join("; ", problems));
        }
        faults = Set.copyOf(faults);
        accessTokens = Set.copyOf(accessTokens);
    }

    /** Ephemeral port, no latency or faults, HubSpot Professional limits, the default token and OAuth client. */
    public static HubSpotEmulatorOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.port = port;
        builder.latency = latency;
        builder.latencyJitter = latencyJitter;
        builder.errorRate = errorRate;
        builder.faults = faults;
        builder.timeoutDelay = timeoutDelay;
        builder.tenSecondBudget = tenSecondBudget;
        builder.dailyBudget = dailyBudget;
        builder.searchPerSecond = searchPerSecond;
        builder.seed = seed;
        builder.clock = clock;
        builder.accessTokens = accessTokens;
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        builder.accessTokenLifetime = accessTokenLifetime;
        builder.portalId = portalId;
        builder.webhook = webhook;
        builder.threads = threads;
        builder.searchIndexDelay = searchIndexDelay;
        return builder;
    }

    /** Collects option values; {@link #build()} validates them all at once. */
    public static final class Builder {
        private int port;
        private Duration latency = Duration.ZERO;
        private Duration latencyJitter = Duration.ZERO;
        private double errorRate;
        private Set<Fault> faults = Set.of(Fault.RATE_LIMIT, Fault.SERVER_ERROR);
        private Duration timeoutDelay = Duration.ofSeconds(35);
        private int tenSecondBudget = 190;
        private int dailyBudget = 625_000;
        private int searchPerSecond = 5;
        private long seed = 42L;
        private Clock clock = Clock.systemUTC();
        private Set<String> accessTokens = Set.of(DEFAULT_ACCESS_TOKEN);
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private Duration accessTokenLifetime = Duration.ofMinutes(30);
        private long portalId = 33L;
        private WebhookOptions webhook;
        private int threads = 8;
        private Duration searchIndexDelay = Duration.ZERO;

        private Builder() {
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** A fixed delay plus up to {@code jitter} more, before each request is processed. */
        public Builder latency(Duration fixed, Duration jitter) {
            this.latency = fixed;
            this.latencyJitter = jitter;
            return this;
        }

        /** Answers {@code rate} (0..1) of API requests with one of {@code kinds} instead. */
        public Builder faults(double rate, Set<Fault> kinds) {
            this.errorRate = rate;
            this.faults = kinds;
            return this;
        }

        public Builder timeoutDelay(Duration value) {
            this.timeoutDelay = value;
            return this;
        }

        /** Requests per rolling 10 s, per UTC day, and searches per rolling second. */
        public Builder budget(int perTenSeconds, int perDay, int searchesPerSecond) {
            this.tenSecondBudget = perTenSeconds;
            this.dailyBudget = perDay;
            this.searchPerSecond = searchesPerSecond;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder accessTokens(Set<String> value) {
            this.accessTokens = value;
            return this;
        }

        public Builder oauthClient(String id, String secret, Duration tokenLifetime) {
            this.clientId = id;
            this.clientSecret = secret;
            this.accessTokenLifetime = tokenLifetime;
            return this;
        }

        public Builder portalId(long value) {
            this.portalId = value;
            return this;
        }

        /** Webhook delivery; null for none. */
        public Builder webhook(WebhookOptions value) {
            this.webhook = value;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Each write becomes visible to search after a random delay of up to {@code value}. */
        public Builder searchIndexDelay(Duration value) {
            this.searchIndexDelay = value;
            return this;
        }

        /** @throws IllegalArgumentException naming every invalid option */
        public HubSpotEmulatorOptions build() {
            return new HubSpotEmulatorOptions(port, latency, latencyJitter, errorRate, faults, timeoutDelay,
                    tenSecondBudget, dailyBudget, searchPerSecond, seed, clock, accessTokens, clientId, clientSecret,
                    accessTokenLifetime, portalId, webhook, threads, searchIndexDelay);
        }
    }

    private static void nonNegative(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative()) {
            problems.add(name + ": must be zero or positive");
        }
    }

    private static void positive(List<String> problems, String name, int value) {
        if (value <= 0) {
            problems.add(name + ": must be positive but was " + value);
        }
    }
}
