package io.leadbridge.sandbox.salesforce;

import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.sandbox.salesforce.outbound.OutboundMessagingOptions;
import io.leadbridge.sandbox.salesforce.store.LeadStatusValue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Salesforce emulator's knobs. Build with {@link #builder()}; every value has a default, and the constructor
 * reports every invalid value at once, each named {@code salesforce.<option>}.
 *
 * @param port                  TCP port on 127.0.0.1; 0 picks a free one
 * @param organizationId        the 15-character org id ({@code 00D...}) in endpoints, tokens and messages
 * @param clientId              the OAuth client id the token endpoint accepts
 * @param clientSecret          the OAuth client secret the token endpoint accepts
 * @param sessionTtl            how long an issued access token stays valid; zero = forever
 * @param dailyApiAllocation    API requests per UTC day before {@code REQUEST_LIMIT_EXCEEDED}
 * @param externalIdFields      custom text fields, external id and unique, added to every writable object
 * @param leadStatuses          the Lead {@code Status} picklist (exactly one default, at least one converted)
 * @param latency               fixed delay before each SOAP answer
 * @param latencyJitter         up to this much random extra delay
 * @param errorRate             share of SOAP calls, 0..1, that get an injected fault
 * @param injectedFaults        the fault kinds drawn from, uniformly
 * @param timeoutDelay          how late a {@link InjectedFault#TIMEOUT} call is answered (at most 10 minutes)
 * @param seed                  seed of the random source (tokens, jitter, injected faults)
 * @param clock                 the clock for record timestamps, token expiry and the daily allocation
 * @param outboundMessaging     where to send Outbound Messaging, if anywhere
 * @param threads               HTTP worker threads
 */
public record SalesforceOptions(int port, String organizationId, String clientId, String clientSecret,
                                Duration sessionTtl, long dailyApiAllocation, Set<String> externalIdFields,
                                List<LeadStatusValue> leadStatuses, Duration latency, Duration latencyJitter,
                                double errorRate, Set<InjectedFault> injectedFaults, Duration timeoutDelay, long seed,
                                Clock clock, Optional<OutboundMessagingOptions> outboundMessaging, int threads) {

    public static final String DEFAULT_ORGANIZATION_ID = "00D5g00000LbEmu";
    public static final String DEFAULT_CLIENT_ID = "leadbridge-sandbox";
    public static final String DEFAULT_CLIENT_SECRET = "leadbridge-sandbox-secret";
    public static final String DEFAULT_EXTERNAL_ID_FIELD = "HubSpot_Id__c";
    public static final Duration MAX_TIMEOUT_DELAY = Duration.ofMinutes(10);

    private static final String PREFIX = "salesforce.";
    private static final Pattern ORGANIZATION_ID = Pattern.compile("00D[A-Za-z0-9]{12}");
    private static final Pattern CUSTOM_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__c");

    public SalesforceOptions {
        externalIdFields = externalIdFields == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(externalIdFields));
        leadStatuses = leadStatuses == null ? List.of() : List.copyOf(leadStatuses);
        injectedFaults = injectedFaults == null || injectedFaults.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(injectedFaults));
        outboundMessaging = outboundMessaging == null ? Optional.empty() : outboundMessaging;
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65535) {
            problems.add(PREFIX + "port: must be 0..65535, was " + port);
        }
        if (organizationId == null || !ORGANIZATION_ID.matcher(organizationId).matches()) {
            problems.add(PREFIX + "organizationId: must be a 15-character org id starting 00D, was " + organizationId);
        }
        if (clientId == null || clientId.isBlank()) {
            problems.add(PREFIX + "clientId: must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            problems.add(PREFIX + "clientSecret: must not be blank");
        }
        notNegative(problems, "sessionTtl", sessionTtl);
        if (dailyApiAllocation < 0) {
            problems.add(PREFIX + "dailyApiAllocation: must not be negative, was " + dailyApiAllocation);
        }
        externalIdFields.stream().filter(field -> !CUSTOM_FIELD.matcher(field).matches()).forEach(field ->
                problems.add(PREFIX + "externalIdFields: '" + field + "' is not a custom field name ending in __c"));
        checkStatuses(problems, leadStatuses);
        notNegative(problems, "latency", latency);
        notNegative(problems, "latencyJitter", latencyJitter);
        if (!(errorRate >= 0 && errorRate <= 1)) {
            problems.add(PREFIX + "errorRate: must be between 0 and 1, was " + errorRate);
        }
        if (errorRate > 0 && injectedFaults.isEmpty()) {
            problems.add(PREFIX + "injectedFaults: name at least one fault when errorRate is above 0");
        }
        notNegative(problems, "timeoutDelay", timeoutDelay);
        if (timeoutDelay != null && timeoutDelay.compareTo(MAX_TIMEOUT_DELAY) > 0) {
            problems.add(PREFIX + "timeoutDelay: must be at most " + MAX_TIMEOUT_DELAY + ", was " + timeoutDelay);
        }
        if (clock == null) {
            problems.add(PREFIX + "clock: must be set");
        }
        outboundMessaging.ifPresent(om -> problems.addAll(om.problems(PREFIX + "outboundMessaging.")));
        if (threads < 1 || threads > 64) {
            problems.add(PREFIX + "threads: must be 1..64, was " + threads);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These options with a different port. */
    public SalesforceOptions withPort(int newPort) {
        return new SalesforceOptions(newPort, organizationId, clientId, clientSecret, sessionTtl, dailyApiAllocation,
                externalIdFields, leadStatuses, latency, latencyJitter, errorRate, injectedFaults, timeoutDelay, seed,
                clock, outboundMessaging, threads);
    }

    /** Every option but the client secret. */
    @Override
    public String toString() {
        return "SalesforceOptions[port=" + port + ", organizationId=" + organizationId + ", clientId=" + clientId
                + ", clientSecret=[redacted], sessionTtl=" + sessionTtl + ", dailyApiAllocation=" + dailyApiAllocation
                + ", externalIdFields=" + externalIdFields + ", leadStatuses=" + leadStatuses + ", latency=" + latency
                + ", latencyJitter=" + latencyJitter + ", errorRate=" + errorRate + ", injectedFaults="
                + injectedFaults + ", timeoutDelay=" + timeoutDelay + ", seed=" + seed + ", clock=" + clock
                + ", outboundMessaging=" + outboundMessaging + ", threads=" + threads + "]";
    }

    private static void checkStatuses(List<String> problems, List<LeadStatusValue> statuses) {
        if (statuses.isEmpty()) {
            problems.add(PREFIX + "leadStatuses: name at least one status");
            return;
        }
        if (statuses.stream().filter(LeadStatusValue::isDefault).count() != 1) {
            problems.add(PREFIX + "leadStatuses: exactly one status must be the default");
        }
        if (statuses.stream().noneMatch(LeadStatusValue::converted)) {
            problems.add(PREFIX + "leadStatuses: at least one status must be a converted status");
        }
    }

    private static void notNegative(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative()) {
            problems.add(PREFIX + name + ": must be zero or a positive duration, was " + value);
        }
    }

    /** Builds {@link SalesforceOptions}; unset values take the documented defaults. */
    public static final class Builder {

        private int port;
        private String organizationId = DEFAULT_ORGANIZATION_ID;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private Duration sessionTtl = Duration.ofHours(2);
        private long dailyApiAllocation = 100_000;
        private Set<String> externalIdFields = Set.of(DEFAULT_EXTERNAL_ID_FIELD);
        private List<LeadStatusValue> leadStatuses = LeadStatusValue.STANDARD;
        private Duration latency = Duration.ZERO;
        private Duration latencyJitter = Duration.ZERO;
        private double errorRate;
        private Set<InjectedFault> injectedFaults = EnumSet.allOf(InjectedFault.class);
        private Duration timeoutDelay = Duration.ofMinutes(2);
        private long seed = 42;
        private Clock clock = Clock.systemUTC();
        private OutboundMessagingOptions outboundMessaging;
        private int threads = 8;

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder organizationId(String value) {
            organizationId = value;
            return this;
        }

        public Builder clientCredentials(String id, String secret) {
            clientId = id;
            clientSecret = secret;
            return this;
        }

        public Builder sessionTtl(Duration value) {
            sessionTtl = value;
            return this;
        }

        public Builder dailyApiAllocation(long value) {
            dailyApiAllocation = value;
            return this;
        }

        public Builder externalIdFields(Set<String> value) {
            externalIdFields = value;
            return this;
        }

        public Builder leadStatuses(List<LeadStatusValue> value) {
            leadStatuses = value;
            return this;
        }

        public Builder latency(Duration fixed, Duration jitter) {
            latency = fixed;
            latencyJitter = jitter;
            return this;
        }

        public Builder errors(double rate, Set<InjectedFault> kinds) {
            errorRate = rate;
            injectedFaults = kinds;
            return this;
        }

        public Builder timeoutDelay(Duration value) {
            timeoutDelay = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder outboundMessaging(OutboundMessagingOptions value) {
            outboundMessaging = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public SalesforceOptions build() {
            return new SalesforceOptions(port, organizationId, clientId, clientSecret, sessionTtl, dailyApiAllocation,
                    externalIdFields, leadStatuses, latency, latencyJitter, errorRate, injectedFaults, timeoutDelay,
                    seed, clock, Optional.ofNullable(outboundMessaging), threads);
        }
    }
}
