package io.leadbridge.proof.harness;

import io.leadbridge.sandbox.SandboxCrms;
import io.leadbridge.sandbox.hubspot.Fault;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.WebhookOptions;
import io.leadbridge.sandbox.salesforce.InjectedFault;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import io.leadbridge.sandbox.salesforce.outbound.OutboundMessagingOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both emulators inside the harness JVM, so that their state outlives every app process the harness kills, each
 * behind a {@link CountingProxy} that counts the app's calls per operation.
 *
 * <p>The emulators' clocks run two minutes behind the app's: Salesforce's {@code getDeleted} works in whole minutes,
 * so the Lead poller only reads finished minutes; with the CRMs behind, every change is in a finished minute at once.
 *
 * <p>HubSpot's search lags behind its writes, as HubSpot's does: each write is found up to {@link #SEARCH_INDEX_DELAY}
 * late. The app's {@code connector.hubspot.search-lag} is set to the clock difference plus {@link #SEARCH_LAG}, as an
 * admin would set it for a HubSpot whose clock is that far behind (ADR 0036).
 */
public final class ProofCrms implements AutoCloseable {

    static final Duration CRM_CLOCK_BEHIND = Duration.ofMinutes(2);
    /** The longest a HubSpot write stays out of the search. */
    static final Duration SEARCH_INDEX_DELAY = Duration.ofSeconds(1);
    /** How far behind HubSpot's now the app's change reads stop, longer than the index delay. */
    static final Duration SEARCH_LAG = Duration.ofSeconds(3);

    /** Contact properties whose changes the emulated HubSpot announces by webhook. */
    private static final Set<String> WEBHOOK_PROPERTIES = Set.of("email", "firstname", "lastname", "jobtitle",
            "company", "phone", "lifecyclestage", "hs_lead_status");

    /**
     * Salesforce faults injected: lock contention and late answers. {@code REQUEST_LIMIT_EXCEEDED} is left out on
     * purpose: it tells the connector the daily allocation is spent, and the connector rightly pauses for 15 minutes.
     */
    private static final Set<InjectedFault> SALESFORCE_FAULTS =
            EnumSet.of(InjectedFault.UNABLE_TO_LOCK_ROW, InjectedFault.TIMEOUT);

    private final CrmSetup setup;
    private final HubSpotEmulator hubspot;
    private final SalesforceEmulator salesforce;
    private final CountingProxy hubspotProxy;
    private final CountingProxy salesforceProxy;

    private ProofCrms(CrmSetup setup, HubSpotEmulator hubspot, SalesforceEmulator salesforce) {
        this.setup = setup;
        this.hubspot = hubspot;
        this.salesforce = salesforce;
        this.hubspotProxy = CountingProxy.to(List.of(URI.create(hubspot.baseUrl())), Operations.HUBSPOT);
        this.salesforceProxy = CountingProxy.to(List.of(URI.create(salesforce.baseUrl())), Operations::salesforce);
    }

    public static ProofCrms start(CrmSetup setup) {
        Clock crmClock = Clock.offset(Clock.systemUTC(), CRM_CLOCK_BEHIND.negated());
        HubSpotEmulatorOptions.Builder hubspotOptions = HubSpotEmulatorOptions.builder().port(0).clock(crmClock)
                .latency(setup.latency(), setup.latency().dividedBy(4))
                .budget(setup.hubspotBurstLimit(), Integer.MAX_VALUE, setup.hubspotSearchPerSecond())
                .searchIndexDelay(SEARCH_INDEX_DELAY).seed(setup.seed());
        SalesforceOptions.Builder salesforceOptions = SalesforceOptions.builder().port(0).clock(crmClock)
                .latency(setup.latency(), setup.latency().dividedBy(4))
                .dailyApiAllocation(setup.salesforceDailyLimit()).seed(setup.seed());
        if (setup.faultRate() > 0) {
            hubspotOptions.faults(setup.faultRate(), EnumSet.allOf(Fault.class)).timeoutDelay(setup.timeoutDelay());
            salesforceOptions.errors(setup.faultRate(), SALESFORCE_FAULTS).timeoutDelay(setup.timeoutDelay());
        }
        setup.webhookTarget().ifPresent(target -> hubspotOptions.webhook(WebhookOptions
                .to(target, CrmSetup.WEBHOOK_SECRET, SandboxCrms.HUBSPOT_APP_ID)
                .withSubscribedProperties(WEBHOOK_PROPERTIES)
                .withBatchWindow(Duration.ofMillis(50))));
        setup.salesforceOutboundTarget().ifPresent(target -> salesforceOptions.outboundMessaging(
                OutboundMessagingOptions.to(target).withTouches()));
        HubSpotEmulator hubspot = HubSpotEmulator.start(hubspotOptions.build());
        try {
            return new ProofCrms(setup, hubspot, SalesforceEmulator.start(salesforceOptions.build()));
        } catch (RuntimeException e) {
            hubspot.close();
            throw e;
        }
    }

    public HubSpotEmulator hubspot() {
        return hubspot;
    }

    public SalesforceEmulator salesforce() {
        return salesforce;
    }

    public CallCounts hubspotCalls() {
        return hubspotProxy.counts();
    }

    public CallCounts salesforceCalls() {
        return salesforceProxy.counts();
    }

    public CrmSetup setup() {
        return setup;
    }

    /** Live-mode properties pointing an app at the counting proxies, with the poll pacing a harness wants. */
    public Map<String, String> appProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("connector.hubspot.base-url", hubspotProxy.baseUrl());
        p.put("connector.hubspot.access-token", HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN);
        p.put("connector.hubspot.search-lag", CRM_CLOCK_BEHIND.plus(SEARCH_LAG).toMillis() + "ms");
        p.put("connector.salesforce.instance-url", salesforceProxy.baseUrl());
        p.put("connector.salesforce.organization-id", salesforce.organizationId());
        p.put("connector.salesforce.token-url", salesforce.tokenUrl().replace(salesforce.baseUrl(),
                salesforceProxy.baseUrl()));
        p.put("connector.salesforce.client-id", salesforce.options().clientId());
        p.put("connector.salesforce.client-secret", salesforce.options().clientSecret());
        p.put("connector.sync.poll-interval", "1s");
        p.put("connector.sync.salesforce-poll-interval", "1s");
        p.put("connector.sync.drain-interval", "200ms");
        p.put("connector.sync.touches.poll-interval", "1s");
        p.put("connector.sync.touches.wait-interval", "5s");
        p.put("connector.sync.company-poll-interval", "1s");
        if (setup.webhookTarget().isPresent()) {
            p.put("connector.hubspot.client-secret", CrmSetup.WEBHOOK_SECRET);
        }
        return p;
    }

    @Override
    public void close() {
        hubspotProxy.close();
        salesforceProxy.close();
        try {
            salesforce.close();
        } finally {
            hubspot.close();
        }
    }
}
