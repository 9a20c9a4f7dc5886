package io.leadbridge.hubspot.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngagementMapperTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00Z");
    private final EngagementMapper mapper = new EngagementMapper();

    @Test
    void aLoggedEmailIsTheSdrsOutboundEmailTouchWithTheSenderFromItsHeaders() {
        HubSpotObject email = object("88120455401", Map.of(
                "hs_timestamp", "2026-11-25T09:14:03.512Z",
                "hs_email_subject", "Intro: Leadbridge for Acme",
                "hs_email_text", "Hi Kim,\nquick question about your <b>SDR</b> tooling.",
                "hs_email_direction", "EMAIL",
                "hs_email_status", "SENT",
                "hs_email_headers", "{\"from\":{\"email\":\"sam.sdr@example.com\",\"firstName\":\"Sam\"},"
                        + "\"to\":[{\"email\":\"kim.lee@acme.example\"}],\"cc\":[],\"bcc\":[]}"));

        Touch touch = mapper.toTouch(CrmObjectType.EMAILS, email).orElseThrow();

        assertThat(touch).isEqualTo(new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401"),
                Touch.TouchChannel.EMAIL, Touch.TouchDirection.OUTBOUND, Instant.parse("2026-11-25T09:14:03.512Z"),
                "sam.sdr@example.com", "Intro: Leadbridge for Acme",
                "Hi Kim,\nquick question about your SDR tooling.", Optional.of("sent"), Optional.empty()));
    }

    @Test
    void aReplyIsInboundAndUnreadableHeadersGiveNoSender() {
        HubSpotObject reply = object("88120455499", Map.of(
                "hs_timestamp", "1764062043512",
                "hs_email_direction", "INCOMING_EMAIL",
                "hs_email_headers", "{not json"));

        Touch touch = mapper.toTouch(CrmObjectType.EMAILS, reply).orElseThrow();

        assertThat(touch.direction()).isEqualTo(Touch.TouchDirection.INBOUND);
        assertThat(touch.occurredAt()).isEqualTo(Instant.ofEpochMilli(1764062043512L));
        assertThat(touch.actorEmail()).isEmpty();
        assertThat(touch.outcome()).isEmpty();
    }

    @Test
    void aCallCarriesItsOutcomeByNameOrAPortalsOwnOutcomeIdAndFallsBackToItsCreationTime() {
        HubSpotObject connected = object("51011", Map.of("hs_timestamp", "2026-11-25T10:00:00Z",
                "hs_call_title", "Discovery", "hs_call_body", "<p>Budget in Q1</p>", "hs_call_direction", "OUTBOUND",
                "hs_call_disposition", "f240bbac-87c9-4f6e-bf70-924b57d47db7"));
        HubSpotObject custom = object("51012", Map.of("hs_call_direction", "INBOUND",
                "hs_call_disposition", "0c0f7a3e-custom-outcome"));

        Touch call = mapper.toTouch(CrmObjectType.CALLS, connected).orElseThrow();
        Touch inbound = mapper.toTouch(CrmObjectType.CALLS, custom).orElseThrow();

        assertThat(call).isEqualTo(new Touch(new ExternalRef(CrmSystem.HUBSPOT, "call", "51011"),
                Touch.TouchChannel.CALL, Touch.TouchDirection.OUTBOUND, Instant.parse("2026-11-25T10:00:00Z"), "",
                "Discovery", "Budget in Q1", Optional.of("Connected"), Optional.empty()));
        assertThat(inbound.direction()).isEqualTo(Touch.TouchDirection.INBOUND);
        assertThat(inbound.outcome()).contains("0c0f7a3e-custom-outcome");
        assertThat(inbound.occurredAt()).isEqualTo(CREATED);
    }

    @Test
    void anEngagementWhoseBodyNamesALeadbridgeKeyIsLeadbridgesOwnMirror() {
        String key = IdempotencyKeys.mirrorOf(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB"),
                CrmSystem.HUBSPOT);
        HubSpotObject mirror = object("51013", Map.of("hs_call_body", "<p>Left a voicemail</p><p>"
                + IdempotencyKeys.label(key) + "</p>"));

        assertThat(mapper.leadbridgeKey(mirror)).contains(key);
        assertThat(mapper.leadbridgeKey(object("51014", Map.of("hs_email_text", "Hi Kim")))).isEmpty();
    }

    @Test
    void onlyEmailsAndCallsAreReadAsTouchesAndATimelessOneIsRefusedByName() {
        assertThat(mapper.toTouch(CrmObjectType.CONTACTS, object("1", Map.of()))).isEmpty();
        HubSpotObject timeless = new HubSpotObject("51015", Map.of(), null, null, false);
        assertThatThrownBy(() -> mapper.toTouch(CrmObjectType.CALLS, timeless))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("51015")
                .hasMessageContaining("hs_timestamp");
    }

    private static HubSpotObject object(String id, Map<String, String> properties) {
        return new HubSpotObject(id, new HashMap<>(properties), CREATED, CREATED.plusSeconds(60), false);
    }
}
