package io.leadbridge.proof.harness;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the emulated CRMs behave in one harness run.
 *
 * @param latency                  added to every response (a quarter of it again as jitter)
 * @param faultRate                share of calls answered with an injected 429/500/timeout, 0 to 1
 * @param timeoutDelay             how long an injected timeout keeps the caller waiting (longer than its read timeout)
 * @param hubspotBurstLimit        HubSpot requests per rolling 10 seconds
 * @param hubspotSearchPerSecond   HubSpot search requests per second
 * @param salesforceDailyLimit     the org's daily API allocation
 * @param webhookTarget            where HubSpot delivers signed contact webhooks, if anywhere
 * @param salesforceOutboundTarget where Salesforce delivers Outbound Messaging (Lead, Contact, Task and Event
 *                                 messages), if anywhere
 * @param seed                     seed of latency jitter and injected faults
 */
public record CrmSetup(Duration latency, double faultRate, Duration timeoutDelay, int hubspotBurstLimit,
                       int hubspotSearchPerSecond, long salesforceDailyLimit, Optional<URI> webhookTarget,
                       Optional<URI> salesforceOutboundTarget, long seed) {

    /** The HubSpot app secret the emulator signs webhooks with and the app verifies them with. */
    public static final String WEBHOOK_SECRET = "proof-client-secret";

    /** No latency, no faults, HubSpot's and a mid-size org's real limits, no webhooks. */
    public static CrmSetup realisticLimits() {
        return new CrmSetup(Duration.ZERO, 0, Duration.ofSeconds(3), 190, 5, 1_000_000, Optional.empty(),
                Optional.empty(), 42);
    }

    public CrmSetup withLatency(Duration value) {
        return new CrmSetup(value, faultRate, timeoutDelay, hubspotBurstLimit, hubspotSearchPerSecond,
                salesforceDailyLimit, webhookTarget, salesforceOutboundTarget, seed);
    }

    public CrmSetup withFaults(double rate, Duration delay) {
        return new CrmSetup(latency, rate, delay, hubspotBurstLimit, hubspotSearchPerSecond, salesforceDailyLimit,
                webhookTarget, salesforceOutboundTarget, seed);
    }

    public CrmSetup withWebhooksTo(URI target) {
        return new CrmSetup(latency, faultRate, timeoutDelay, hubspotBurstLimit, hubspotSearchPerSecond,
                salesforceDailyLimit, Optional.of(target), salesforceOutboundTarget, seed);
    }

    /** Salesforce sends Lead, Contact, Task and Event outbound messages to {@code target}. */
    public CrmSetup withSalesforceOutboundTo(URI target) {
        return new CrmSetup(latency, faultRate, timeoutDelay, hubspotBurstLimit, hubspotSearchPerSecond,
                salesforceDailyLimit, webhookTarget, Optional.of(target), seed);
    }
}
