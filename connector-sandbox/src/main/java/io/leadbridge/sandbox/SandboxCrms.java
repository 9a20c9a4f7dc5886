package io.leadbridge.sandbox;

import io.leadbridge.sandbox.hubspot.Fault;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.WebhookOptions;
import io.leadbridge.sandbox.salesforce.InjectedFault;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import io.leadbridge.sandbox.salesforce.outbound.OutboundMessagingOptions;
import io.leadbridge.sandbox.sample.SampleData;
import io.leadbridge.sandbox.sample.SampleSeeder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Both emulators running side by side, seeded with the same sample data: what the standalone launcher and the
 * app's sandbox mode start. Closing it stops both.
 */
public final class SandboxCrms implements AutoCloseable {

    /** The app id that HubSpot webhook events carry. */
    public static final long HUBSPOT_APP_ID = 1_160_452L;

    private final HubSpotEmulator hubspot;
    private final SalesforceEmulator salesforce;
    private final SampleData sample;

    private SandboxCrms(HubSpotEmulator hubspot, SalesforceEmulator salesforce, SampleData sample) {
        this.hubspot = hubspot;
        this.salesforce = salesforce;
        this.sample = sample;
    }

    /** Starts both emulators as {@code args} says and seeds them. */
    public static SandboxCrms start(SandboxArguments args, Clock clock) {
        Objects.requireNonNull(args, "args");
        HubSpotEmulatorOptions.Builder hubspotOptions = HubSpotEmulatorOptions.builder()
                .port(args.hubspotPort())
                .latency(args.latency(), args.latency().dividedBy(4))
                .budget(args.hubspotBurstLimit(), args.hubspotDailyLimit(), 5)
                .seed(args.randomSeed())
                .clock(clock);
        if (args.errorRate() > 0) {
            hubspotOptions.faults(args.errorRate(), EnumSet.allOf(Fault.class)).timeoutDelay(Duration.ofSeconds(35));
        }
        args.hubspotWebhookUrl().ifPresent(url -> hubspotOptions.webhook(
                WebhookOptions.to(URI.create(url), args.hubspotClientSecret(), HUBSPOT_APP_ID)));
        SalesforceOptions.Builder salesforceOptions = SalesforceOptions.builder()
                .port(args.salesforcePort())
                .dailyApiAllocation(args.salesforceDailyLimit())
                .latency(args.latency(), args.latency().dividedBy(4))
                .seed(args.randomSeed())
                .clock(clock);
        if (args.errorRate() > 0) {
            salesforceOptions.errors(args.errorRate(), EnumSet.allOf(InjectedFault.class))
                    .timeoutDelay(Duration.ofSeconds(150));
        }
        args.salesforceOutboundUrl().ifPresent(url ->
                salesforceOptions.outboundMessaging(OutboundMessagingOptions.to(URI.create(url))));

        HubSpotEmulator hubspot = HubSpotEmulator.start(hubspotOptions.build());
        SalesforceEmulator salesforce;
        try {
            salesforce = SalesforceEmulator.start(salesforceOptions.build());
        } catch (RuntimeException e) {
            hubspot.close();
            throw e;
        }
        SampleData sample = SampleData.generate(args.seedPeople(), args.randomSeed(), clock.instant());
        SandboxCrms crms = new SandboxCrms(hubspot, salesforce, sample);
        try {
            new SampleSeeder(hubspot, salesforce).seed(sample);
        } catch (RuntimeException e) {
            crms.close();
            throw e;
        }
        return crms;
    }

    public HubSpotEmulator hubspot() {
        return hubspot;
    }

    public SalesforceEmulator salesforce() {
        return salesforce;
    }

    public SampleData sample() {
        return sample;
    }

    /** The credentials a client needs, as lines fit for a terminal; the sandbox's own, never real secrets. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "HubSpot emulator:    " + hubspot.baseUrl() + "  (private-app token "
                        + HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN + ")",
                "Salesforce emulator: " + salesforce.baseUrl() + "  (org " + salesforce.organizationId()
                        + ", OAuth client credentials " + salesforce.options().clientId() + " / "
                        + salesforce.options().clientSecret() + " at " + salesforce.tokenUrl() + ")",
                "Seeded: " + sample.people().size() + " people at " + sample.companies().size() + " companies, "
                        + sample.team().size() + " team members, " + sample.touches().size() + " touches");
    }

    @Override
    public void close() {
        try {
            salesforce.close();
        } finally {
            hubspot.close();
        }
    }
}
