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
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HubSpot activity sink writes a batch of mirrors in one batch create per engagement type (ADR 0029) and
 * gives each mirror its own result in input order, against the running emulator: a refused mirror fails alone.
 */
class HubSpotActivitySinkBatchOnEmulatorTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private HubSpotEmulator hubspot;
    private ActivitySink sink;

    @BeforeEach
    void start() {
        hubspot = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).build());
        sink = HubSpotAdapter.connect(new HubSpotSettings(URI.create(hubspot.baseUrl()),
                HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN, HubSpotSettings.DEFAULT_API_VERSION,
                Duration.ofSeconds(2), Duration.ofSeconds(10)), Clock.systemUTC()).activitySink();
    }

    @AfterEach
    void stop() {
        hubspot.close();
    }

    @Test
    void callsAndEmailsOfOneBatchAreEachWrittenOnTheirContactWithTheirOwnResult() {
        ExternalRef kim = contact("kim@fjordline.example");
        ExternalRef noor = contact("noor@cedarworks.example");
        List<MirroredActivity> mirrors = List.of(mirror(kim, "00T000000000001AAA", Touch.TouchChannel.CALL),
                mirror(kim, "00T000000000002AAA", Touch.TouchChannel.EMAIL),
                mirror(noor, "00T000000000003AAA", Touch.TouchChannel.CALL),
                mirror(kim, "00T000000000004AAA", Touch.TouchChannel.CALL));

        List<WriteResult> results = sink.write(mirrors);

        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isInstanceOf(WriteResult.Written.class));
        for (int i = 0; i < mirrors.size(); i++) {
            ExternalRef written = ((WriteResult.Written) results.get(i)).target();
            ObjectType type = mirrors.get(i).channel() == Touch.TouchChannel.EMAIL ? ObjectType.EMAILS
                    : ObjectType.CALLS;
            String body = hubspot.record(type, Long.parseLong(written.id())).orElseThrow().properties()
                    .getOrDefault(type == ObjectType.EMAILS ? "hs_email_text" : "hs_call_body", "");
            assertThat(body).as("mirror %d", i).contains(mirrors.get(i).sourceTouch().key());
            assertThat(hubspot.associatedIds(type, Long.parseLong(written.id()), ObjectType.CONTACTS))
                    .containsExactly(Long.parseLong(mirrors.get(i).targetPerson().id()));
        }
        assertThat(hubspot.count(ObjectType.CALLS)).isEqualTo(3);
        assertThat(hubspot.count(ObjectType.EMAILS)).isEqualTo(1);
    }

    @Test
    void aMirrorOnAContactHubSpotNoLongerHasFailsAloneAndTheOthersAreWritten() {
        ExternalRef kim = contact("kim@fjordline.example");
        ExternalRef gone = contact("gone@example.com");
        hubspot.archive(ObjectType.CONTACTS, Long.parseLong(gone.id()));

        List<WriteResult> results = sink.write(List.of(mirror(kim, "00T000000000001AAA", Touch.TouchChannel.CALL),
                mirror(gone, "00T000000000002AAA", Touch.TouchChannel.CALL),
                mirror(kim, "00T000000000003AAA", Touch.TouchChannel.CALL)));

        assertThat(results.get(0)).isInstanceOf(WriteResult.Written.class);
        assertThat(results.get(1)).isInstanceOf(WriteResult.Failed.class);
        assertThat(results.get(2)).isInstanceOf(WriteResult.Written.class);
        assertThat(hubspot.count(ObjectType.CALLS)).isEqualTo(2);
    }

    private ExternalRef contact(String email) {
        return new ExternalRef(CrmSystem.HUBSPOT, "contact", String.valueOf(hubspot.create(ObjectType.CONTACTS,
                Map.of("email", email)).id()));
    }

    private static MirroredActivity mirror(ExternalRef person, String taskId, Touch.TouchChannel channel) {
        Touch touch = new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", taskId), channel,
                Touch.TouchDirection.OUTBOUND, AT, "sam.sdr@example.com", "Step " + taskId, "Following up",
                Optional.empty(), Optional.empty());
        return ((MirrorDecision.Mirror) new TouchMirroring().decide(touch, Optional.empty(), Optional.of(person)))
                .activity();
    }
}
