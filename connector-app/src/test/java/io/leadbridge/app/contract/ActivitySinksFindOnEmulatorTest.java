package io.leadbridge.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.MirrorDecision;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.core.touch.TouchMirroring;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotSettings;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.ObjectType;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both activity sinks find a mirror by the key line in its text, on the person it was written to, against the running
 * emulators: what the touch writer relies on after a write whose answer was lost (ADR 0027).
 */
class ActivitySinksFindOnEmulatorTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private HubSpotEmulator hubspot;
    private SalesforceEmulator salesforce;

    @AfterEach
    void stop() {
        if (hubspot != null) {
            hubspot.close();
        }
        if (salesforce != null) {
            salesforce.close();
        }
    }

    @Test
    void aTaskMirrorIsFoundOnItsLeadByItsKeyAndAMirrorNeverWrittenIsNot() {
        salesforce = SalesforceEmulator.start(SalesforceOptions.builder().port(0).build());
        SalesforceOptions org = salesforce.options();
        ActivitySink sink = SalesforceAdapter.connect(new SalesforceSettings(URI.create(salesforce.baseUrl()),
                org.organizationId(), SalesforceEmulator.API_VERSION, Optional.empty(),
                Optional.of(URI.create(salesforce.tokenUrl())), Optional.of(org.clientId()),
                Optional.of(org.clientSecret()), LeadWrites.HUBSPOT_ID_FIELD, Duration.ofSeconds(2),
                Duration.ofSeconds(10))).touchSink();
        ExternalRef lead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", salesforce.create("Lead",
                Map.of("LastName", "Larsen", "Company", "Fjordline AS")));
        salesforce.create("Task", Map.of("WhoId", lead.id(), "Subject", "The SDR's own call",
                "Description", "no key here"));

        assertFoundOnlyOnceWritten(sink, lead, "4711", "4712");
    }

    @Test
    void anEngagementMirrorIsFoundOnItsContactByItsKeyAndAMirrorNeverWrittenIsNot() {
        hubspot = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).build());
        ActivitySink sink = HubSpotAdapter.connect(new HubSpotSettings(URI.create(hubspot.baseUrl()),
                HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN, HubSpotSettings.DEFAULT_API_VERSION,
                Duration.ofSeconds(2), Duration.ofSeconds(10)), Clock.systemUTC()).activitySink();
        ExternalRef contact = new ExternalRef(CrmSystem.HUBSPOT, "contact", String.valueOf(hubspot
                .create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example")).id()));

        assertFoundOnlyOnceWritten(sink, contact, "00T000000000001AAA", "00T000000000002AAA");
    }

    private static void assertFoundOnlyOnceWritten(ActivitySink sink, ExternalRef person, String writtenSource,
                                                   String neverWrittenSource) {
        MirroredActivity written = mirror(person, writtenSource);
        MirroredActivity neverWritten = mirror(person, neverWrittenSource);
        assertThat(sink.find(written)).isEmpty();

        WriteResult result = sink.write(List.of(written)).get(0);

        assertThat(result).isInstanceOf(WriteResult.Written.class);
        assertThat(sink.find(written)).contains(((WriteResult.Written) result).target());
        assertThat(sink.find(neverWritten)).isEmpty();
    }

    private static MirroredActivity mirror(ExternalRef person, String sourceId) {
        CrmSystem source = person.system() == CrmSystem.HUBSPOT ? CrmSystem.SALESFORCE : CrmSystem.HUBSPOT;
        Touch touch = new Touch(new ExternalRef(source, source == CrmSystem.HUBSPOT ? "call" : "Task", sourceId),
                Touch.TouchChannel.CALL, Touch.TouchDirection.OUTBOUND, AT, "sam.sdr@example.com", "Discovery",
                "Talked about pricing", Optional.of("Connected"), Optional.empty());
        return ((MirrorDecision.Mirror) new TouchMirroring().decide(touch, Optional.empty(), Optional.of(person)))
                .activity();
    }
}
