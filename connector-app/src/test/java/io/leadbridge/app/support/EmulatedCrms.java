package io.leadbridge.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Metadata;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Both CRM emulators, empty, each behind a WireMock proxy that forwards every request and keeps a journal, so that
 * a test counts the writes each emulator received. The app in live mode talks to the proxies as if they were
 * HubSpot and Salesforce.
 *
 * <p>Both emulators run two minutes behind the app's clock. Salesforce's {@code getDeleted} works in whole
 * minutes, so the Lead poller only reads changes of minutes that are over; with the CRMs' clocks behind, every
 * change is in a finished minute at once and a test need not wait for minute boundaries. Both CRMs share the
 * offset, so newest-wins compares their times as it would with synchronised clocks.
 */
public final class EmulatedCrms implements AutoCloseable {

    static final Duration CRM_CLOCK_BEHIND = Duration.ofMinutes(2);

    private static final String KNOB = "leadbridgeFaultKnob";
    private static final String WRITE_OPERATION = "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='%s']";

    private final HubSpotEmulator hubspot;
    private final SalesforceEmulator salesforce;
    private final WireMockServer hubspotProxy;
    private final WireMockServer salesforceProxy;

    private EmulatedCrms(HubSpotEmulator hubspot, SalesforceEmulator salesforce) {
        this.hubspot = hubspot;
        this.salesforce = salesforce;
        this.hubspotProxy = proxyTo(hubspot.baseUrl());
        this.salesforceProxy = proxyTo(salesforce.baseUrl());
    }

    public static EmulatedCrms start() {
        Clock crmClock = Clock.offset(Clock.systemUTC(), CRM_CLOCK_BEHIND.negated());
        HubSpotEmulator hubspot = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).clock(crmClock).build());
        try {
            return new EmulatedCrms(hubspot,
                    SalesforceEmulator.start(SalesforceOptions.builder().port(0).clock(crmClock).build()));
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

    /** Live-mode properties pointing the app at the proxies, with fast polls and the {@link ConsoleUsers}. */
    public Map<String, String> appProperties(TestDatabase database) {
        Map<String, String> p = new HashMap<>(database.springProperties());
        p.put("connector.hubspot.base-url", hubspotProxy.baseUrl());
        p.put("connector.hubspot.access-token", HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN);
        p.put("connector.salesforce.instance-url", salesforceProxy.baseUrl());
        p.put("connector.salesforce.organization-id", salesforce.organizationId());
        p.put("connector.salesforce.token-url", salesforce.tokenUrl().replace(salesforce.baseUrl(),
                salesforceProxy.baseUrl()));
        p.put("connector.salesforce.client-id", salesforce.options().clientId());
        p.put("connector.salesforce.client-secret", salesforce.options().clientSecret());
        p.put("connector.sync.poll-interval", "200ms");
        p.put("connector.sync.salesforce-poll-interval", "200ms");
        p.put("connector.sync.drain-interval", "100ms");
        p.putAll(ConsoleUsers.properties());
        return p;
    }

    /** Contact writes HubSpot received: batch create, update and upsert calls, and single creates and updates. */
    public int hubspotWrites() {
        return hubspotWritesTo("contacts");
    }

    /** Company writes HubSpot received, counted like {@link #hubspotWrites()}. */
    public int hubspotCompanyWrites() {
        return hubspotWritesTo("companies");
    }

    private int hubspotWritesTo(String objectPath) {
        return hubspotProxy.countRequestsMatching(postRequestedFor(urlPathMatching(
                        "/crm/objects/[^/]+/" + objectPath + "(/batch/(create|update|upsert))?")).build()).getCount()
                + hubspotProxy.countRequestsMatching(patchRequestedFor(
                        urlPathMatching("/crm/objects/[^/]+/" + objectPath + "/[^/]+")).build()).getCount();
    }

    /** SOAP write calls Salesforce received: create, update and upsert. */
    public int salesforceWrites() {
        int writes = 0;
        for (String operation : new String[] {"create", "update", "upsert"}) {
            writes += salesforceProxy.countRequestsMatching(postRequestedFor(urlPathMatching("/services/Soap/.*"))
                    .withRequestBody(matchingXPath(WRITE_OPERATION.formatted(operation))).build()).getCount();
        }
        return writes;
    }

    /**
     * Fault knob: from now on Salesforce answers every create, update and upsert with a permanent
     * {@code API_DISABLED_FOR_ORG} fault and applies nothing, until {@link #acceptSalesforceWrites()}.
     */
    public void refuseSalesforceWrites() {
        for (String operation : new String[] {"create", "update", "upsert"}) {
            salesforceProxy.stubFor(post(urlPathMatching("/services/Soap/.*")).atPriority(1)
                    .withRequestBody(matchingXPath(WRITE_OPERATION.formatted(operation)))
                    .withMetadata(Metadata.metadata().attr(KNOB, true))
                    .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
                            .withBody(E2eResources.read("salesforce-fault-api-disabled.xml"))));
        }
    }

    /**
     * Fault knob: from now on Salesforce answers every create, update and upsert only after {@code delay}, having
     * applied it, until {@link #acceptSalesforceWrites()}.
     */
    public void slowSalesforceWrites(Duration delay) {
        for (String operation : new String[] {"create", "update", "upsert"}) {
            salesforceProxy.stubFor(post(urlPathMatching("/services/Soap/.*")).atPriority(1)
                    .withRequestBody(matchingXPath(WRITE_OPERATION.formatted(operation)))
                    .withMetadata(Metadata.metadata().attr(KNOB, true))
                    .willReturn(aResponse().proxiedFrom(salesforce.baseUrl())
                            .withFixedDelay((int) delay.toMillis())));
        }
    }

    /**
     * Fault knob: from now on every Bulk API call answers only after {@code delay}, having been served, until
     * {@link #acceptSalesforceWrites()}: a bulk job then lasts at least a few times {@code delay}.
     */
    public void slowSalesforceBulkCalls(Duration delay) {
        salesforceProxy.stubFor(any(urlPathMatching("/services/async/.*")).atPriority(1)
                .withMetadata(Metadata.metadata().attr(KNOB, true))
                .willReturn(aResponse().proxiedFrom(salesforce.baseUrl()).withFixedDelay((int) delay.toMillis())));
    }

    /**
     * Fault knob: from now on Salesforce answers every create, update and upsert whose request contains {@code text}
     * with a retriable {@code UNABLE_TO_LOCK_ROW} fault for the whole call, applying nothing, until
     * {@link #acceptSalesforceWrites()}.
     */
    public void lockSalesforceWritesContaining(String text) {
        for (String operation : new String[] {"create", "update", "upsert"}) {
            salesforceProxy.stubFor(post(urlPathMatching("/services/Soap/.*")).atPriority(1)
                    .withRequestBody(matchingXPath(WRITE_OPERATION.formatted(operation)))
                    .withRequestBody(containing(text))
                    .withMetadata(Metadata.metadata().attr(KNOB, true))
                    .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
                            .withBody(E2eResources.read("salesforce-fault-unable-to-lock-row.xml"))));
        }
    }

    /**
     * Fault knob: from now on Salesforce refuses the record of every {@code create} call whose request contains
     * {@code text}, as an org's validation rule does: the call succeeds, its one result is a per-record error with
     * {@code statusCode}, {@code message} and {@code field}, and nothing is created, until
     * {@link #acceptSalesforceWrites()}. Meant for calls of one record (the answer holds one result).
     */
    public void refuseSalesforceCreatesContaining(String text, String statusCode, String field, String message) {
        salesforceProxy.stubFor(post(urlPathMatching("/services/Soap/.*")).atPriority(1)
                .withRequestBody(matchingXPath(WRITE_OPERATION.formatted("create")))
                .withRequestBody(containing(text))
                .withMetadata(Metadata.metadata().attr(KNOB, true))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(E2eResources.read("salesforce-create-refused.xml")
                                .replace("{statusCode}", statusCode).replace("{field}", field)
                                .replace("{message}", message))));
    }

    /** Salesforce writes go straight to the emulator again. */
    public void acceptSalesforceWrites() {
        salesforceProxy.removeStubsByMetadata(matchingJsonPath("$." + KNOB, equalTo("true")));
    }

    @Override
    public void close() {
        hubspotProxy.stop();
        salesforceProxy.stop();
        hubspot.close();
        salesforce.close();
    }

    private static WireMockServer proxyTo(String baseUrl) {
        WireMockServer proxy = new WireMockServer(options().dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(baseUrl)));
        return proxy;
    }
}
