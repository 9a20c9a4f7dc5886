package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.EmailHeaders;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a HubSpot email, call, meeting, note or task as a core {@link Touch}: emails by {@code hs_email_direction} ({@code EMAIL} and
 * {@code FORWARDED_EMAIL} are the SDR's, {@code INCOMING_EMAIL} a reply), the sender from {@code hs_email_headers}
 * and {@code hs_email_status} as the outcome; calls by {@code hs_call_direction}, with {@code hs_call_disposition}
 * as the outcome (HubSpot's default outcome ids by name, a portal's own ids as they are). The time is
 * {@code hs_timestamp}, else the creation time. Meetings, notes and tasks are the SDR's (outbound); a task's
 * channel follows {@code hs_task_type}. Markup is dropped from bodies.
 */
public final class EngagementMapper {

    public static final List<String> EMAIL_PROPERTIES = List.of("hs_timestamp", "hs_lastmodifieddate",
            "hs_email_subject", "hs_email_text", "hs_email_direction", "hs_email_status", "hs_email_headers");
    public static final List<String> CALL_PROPERTIES = List.of("hs_timestamp", "hs_lastmodifieddate",
            "hs_call_title", "hs_call_body", "hs_call_direction", "hs_call_disposition");
    public static final List<String> MEETING_PROPERTIES = List.of("hs_timestamp", "hs_lastmodifieddate",
            "hs_meeting_title", "hs_meeting_body", "hs_meeting_start_time", "hs_meeting_end_time", "hs_meeting_outcome");
    public static final List<String> NOTE_PROPERTIES = List.of("hs_timestamp", "hs_lastmodifieddate", "hs_note_body");
    public static final List<String> TASK_PROPERTIES = List.of("hs_timestamp", "hs_lastmodifieddate",
            "hs_task_subject", "hs_task_body", "hs_task_status", "hs_task_type");
    /** The engagement text properties a mirror's Leadbridge key line can be in. */
    private static final List<String> BODIES = List.of("hs_email_text", "hs_call_body", "hs_meeting_body",
            "hs_note_body", "hs_task_body");

    /** HubSpot's default call outcomes (section 5.2 of the HubSpot reference). */
    private static final Map<String, String> CALL_OUTCOMES = Map.of(
            "9d9162e7-6cf3-4944-bf63-4dff82258764", "Busy",
            "f240bbac-87c9-4f6e-bf70-924b57d47db7", "Connected",
            "a4c4c377-d246-4b32-a13b-75a56a4cd0ff", "Left live message",
            "b2cf5968-551e-4856-9783-52b3da59a7d0", "Left voicemail",
            "73a0d17f-1163-4015-bdd5-ec830791da20", "No answer",
            "17b47fee-58de-441e-a44c-c6300d46f273", "Wrong number");

    /** The touch, or empty for an object type that is not a touch this mapper reads. */
    public Optional<Touch> toTouch(CrmObjectType type, HubSpotObject engagement) {
        return switch (type) {
            case EMAILS -> Optional.of(email(engagement));
            case CALLS -> Optional.of(call(engagement));
            case MEETINGS -> Optional.of(meeting(engagement));
            case NOTES -> Optional.of(note(engagement));
            case TASKS -> Optional.of(task(engagement));
            default -> Optional.empty();
        };
    }

    /** The Leadbridge key the engagement's body names: then it is Leadbridge's own mirror of a Salesforce touch. */
    public Optional<String> leadbridgeKey(HubSpotObject engagement) {
        Map<String, String> p = engagement.properties();
        return BODIES.stream().map(body -> IdempotencyKeys.labelledIn(text(p.get(body))))
                .flatMap(Optional::stream).findFirst();
    }

    /** The properties to read for {@code type}; empty for a type that is not a touch. */
    public static List<String> propertiesOf(CrmObjectType type) {
        return switch (type) {
            case EMAILS -> EMAIL_PROPERTIES;
            case CALLS -> CALL_PROPERTIES;
            case MEETINGS -> MEETING_PROPERTIES;
            case NOTES -> NOTE_PROPERTIES;
            case TASKS -> TASK_PROPERTIES;
            default -> List.of();
        };
    }

    private static Touch email(HubSpotObject email) {
        Map<String, String> p = email.properties();
        boolean reply = "INCOMING_EMAIL".equals(p.get("hs_email_direction"));
        Optional<String> status = Optional.ofNullable(p.get("hs_email_status")).filter(s -> !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT));
        return new Touch(ref("email", email), Touch.TouchChannel.EMAIL,
                reply ? Touch.TouchDirection.INBOUND : Touch.TouchDirection.OUTBOUND, occurredAt(email),
                EmailHeaders.sender(p.get("hs_email_headers")).orElse(""), p.get("hs_email_subject"), text(p.get("hs_email_text")), status,
                Optional.empty());
    }

    private static Touch call(HubSpotObject call) {
        Map<String, String> p = call.properties();
        boolean inbound = "INBOUND".equals(p.get("hs_call_direction"));
        Optional<String> outcome = Optional.ofNullable(p.get("hs_call_disposition")).filter(s -> !s.isBlank())
                .map(id -> CALL_OUTCOMES.getOrDefault(id, id));
        return new Touch(ref("call", call), Touch.TouchChannel.CALL,
                inbound ? Touch.TouchDirection.INBOUND : Touch.TouchDirection.OUTBOUND, occurredAt(call), "",
                p.get("hs_call_title"), text(p.get("hs_call_body")), outcome, Optional.empty());
    }

    /**
     * A meeting the SDR booked or held, with {@code hs_meeting_outcome} (SCHEDULED, COMPLETED, ...) as outcome and
     * {@code hs_meeting_end_time} as its end.
     */
    private static Touch meeting(HubSpotObject meeting) {
        Map<String, String> p = meeting.properties();
        return new Touch(ref("meeting", meeting), Touch.TouchChannel.MEETING, Touch.TouchDirection.OUTBOUND,
                occurredAt(meeting), "", p.get("hs_meeting_title"), text(p.get("hs_meeting_body")),
                lowerCase(p.get("hs_meeting_outcome")), Optional.empty(),
                HubSpotTimestamps.parse(p.get("hs_meeting_end_time")));
    }

    private static Touch note(HubSpotObject note) {
        return new Touch(ref("note", note), Touch.TouchChannel.NOTE, Touch.TouchDirection.OUTBOUND, occurredAt(note),
                "", "", text(note.properties().get("hs_note_body")), Optional.empty(), Optional.empty());
    }

    /** A task the SDR logged: its channel by {@code hs_task_type} (EMAIL, CALL, LINKED_IN...), a note otherwise. */
    private static Touch task(HubSpotObject task) {
        Map<String, String> p = task.properties();
        Touch.TouchChannel channel = switch (Optional.ofNullable(p.get("hs_task_type")).orElse("TODO")) {
            case "EMAIL" -> Touch.TouchChannel.EMAIL;
            case "CALL" -> Touch.TouchChannel.CALL;
            case "LINKED_IN", "LINKED_IN_CONNECT", "LINKED_IN_MESSAGE" -> Touch.TouchChannel.LINKEDIN;
            default -> Touch.TouchChannel.NOTE;
        };
        return new Touch(ref("task", task), channel, Touch.TouchDirection.OUTBOUND, occurredAt(task), "",
                p.get("hs_task_subject"), text(p.get("hs_task_body")), lowerCase(p.get("hs_task_status")),
                Optional.empty());
    }

    private static Optional<String> lowerCase(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank()).map(s -> s.toLowerCase(Locale.ROOT));
    }

    private static ExternalRef ref(String objectType, HubSpotObject engagement) {
        return new ExternalRef(CrmSystem.HUBSPOT, objectType, engagement.id());
    }

    private static Instant occurredAt(HubSpotObject engagement) {
        return HubSpotTimestamps.parse(engagement.properties().get("hs_timestamp"))
                .or(() -> Optional.ofNullable(engagement.createdAt()))
                .orElseThrow(() -> new IllegalArgumentException("engagement " + engagement.id()
                        + " has neither hs_timestamp nor a creation time"));
    }

    private static String text(String body) {
        if (body == null) {
            return "";
        }
        return body.replaceAll("<[^>]*>", " ").replaceAll("[ \\t]+", " ").strip();
    }
}
