package io.leadbridge.hubspot.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meetings, notes and tasks read as touches, and Salesforce touches written as HubSpot engagements. */
class EngagementTypesTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:14:03.512Z");
    private static final ExternalRef KIM = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef CALL_TASK = new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB");
    private final EngagementMapper mapper = new EngagementMapper();

    @Test
    void meetingsNotesAndTasksAreTheSdrsTouchesWithTheirOutcomeAndTheTasksTypeAsChannel() {
        Touch meeting = mapper.toTouch(CrmObjectType.MEETINGS, object("7001", Map.of("hs_timestamp", AT.toString(),
                "hs_meeting_title", "Demo", "hs_meeting_body", "<p>Agenda</p>", "hs_meeting_outcome", "COMPLETED")))
                .orElseThrow();
        Touch note = mapper.toTouch(CrmObjectType.NOTES, object("7002", Map.of("hs_timestamp", AT.toString(),
                "hs_note_body", "Prefers mornings"))).orElseThrow();
        Touch linkedIn = mapper.toTouch(CrmObjectType.TASKS, object("7003", Map.of("hs_timestamp", AT.toString(),
                "hs_task_subject", "Connect", "hs_task_type", "LINKED_IN_CONNECT", "hs_task_status", "COMPLETED")))
                .orElseThrow();

        assertThat(meeting).isEqualTo(new Touch(new ExternalRef(CrmSystem.HUBSPOT, "meeting", "7001"),
                Touch.TouchChannel.MEETING, Touch.TouchDirection.OUTBOUND, AT, "", "Demo", "Agenda",
                Optional.of("completed"), Optional.empty()));
        assertThat(note.channel()).isEqualTo(Touch.TouchChannel.NOTE);
        assertThat(note.bodyExcerpt()).isEqualTo("Prefers mornings");
        assertThat(linkedIn.channel()).isEqualTo(Touch.TouchChannel.LINKEDIN);
        assertThat(linkedIn.outcome()).contains("completed");
    }

    @Test
    void aSalesforceCallBecomesAHubSpotCallWhoseBodyEndsWithTheKeyLineTheReaderRecognises() {
        String key = IdempotencyKeys.mirrorOf(CALL_TASK, CrmSystem.HUBSPOT);
        MirroredActivity call = new MirroredActivity(KIM, CALL_TASK, Touch.TouchChannel.CALL,
                Touch.TouchDirection.OUTBOUND, "sam.sdr@example.com", "Discovery call", "Talked pricing", AT,
                Optional.of("Connected"), Optional.empty(), key);

        Map<String, String> properties = ActivityWrites.properties(call);

        assertThat(ActivityWrites.typeOf(call.channel())).isEqualTo(CrmObjectType.CALLS);
        assertThat(ActivityWrites.recordType(call.channel())).isEqualTo("call");
        assertThat(properties).containsEntry("hs_timestamp", String.valueOf(AT.toEpochMilli()))
                .containsEntry("hs_call_title", "Discovery call").containsEntry("hs_call_direction", "OUTBOUND")
                .containsEntry("hs_call_status", "COMPLETED");
        assertThat(properties.get("hs_call_body")).startsWith("Talked pricing")
                .contains("Outbound by sam.sdr@example.com; outcome: Connected")
                .endsWith(IdempotencyKeys.label(key));
        assertThat(mapper.leadbridgeKey(object("7004", properties))).contains(key);
    }

    @Test
    void aMeetingCarriesItsEndTimeAndASalesforceEventsEndBecomesTheMirroredMeetingsEnd() {
        Instant end = AT.plusSeconds(1800);
        Touch meeting = mapper.toTouch(CrmObjectType.MEETINGS, object("7005", Map.of("hs_timestamp", AT.toString(),
                "hs_meeting_title", "Demo", "hs_meeting_end_time", end.toString()))).orElseThrow();
        ExternalRef event = new ExternalRef(CrmSystem.SALESFORCE, "Event", "00U5g00000XyZ12EAB");
        MirroredActivity mirror = new MirroredActivity(KIM, event, Touch.TouchChannel.MEETING,
                Touch.TouchDirection.OUTBOUND, "", "Demo", "", AT, Optional.empty(), Optional.empty(),
                IdempotencyKeys.mirrorOf(event, CrmSystem.HUBSPOT), Optional.of(end));

        Map<String, String> properties = ActivityWrites.properties(mirror);

        assertThat(meeting.endsAt()).contains(end);
        assertThat(properties).containsEntry("hs_meeting_start_time", String.valueOf(AT.toEpochMilli()))
                .containsEntry("hs_meeting_end_time", String.valueOf(end.toEpochMilli()));
    }

    private static HubSpotObject object(String id, Map<String, String> properties) {
        return new HubSpotObject(id, properties, AT, AT, false);
    }
}
