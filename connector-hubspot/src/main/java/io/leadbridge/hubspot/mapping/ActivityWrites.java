package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.hubspot.client.CrmObjectType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HubSpot engagement that mirrors a touch logged in Salesforce: an email, a call (voicemails too), a meeting,
 * or a note (notes, LinkedIn steps), with {@code hs_timestamp} the touch's time (a meeting ends when its source
 * said, else when it starts). Its body ends with what the touch
 * was (direction, actor, outcome, source record) and the mirror's {@link IdempotencyKeys#label Leadbridge key}
 * line, which marks it as Leadbridge's own when the engagement is read back.
 */
public final class ActivityWrites {

    private ActivityWrites() {
    }

    public static CrmObjectType typeOf(Touch.TouchChannel channel) {
        return switch (channel) {
            case EMAIL -> CrmObjectType.EMAILS;
            case CALL, VOICEMAIL -> CrmObjectType.CALLS;
            case MEETING -> CrmObjectType.MEETINGS;
            case LINKEDIN, NOTE -> CrmObjectType.NOTES;
        };
    }

    /** The object type of the written engagement in an {@link io.leadbridge.core.model.ExternalRef}, e.g. {@code call}. */
    public static String recordType(Touch.TouchChannel channel) {
        return switch (typeOf(channel)) {
            case EMAILS -> "email";
            case CALLS -> "call";
            case MEETINGS -> "meeting";
            default -> "note";
        };
    }

    public static Map<String, String> properties(MirroredActivity activity) {
        boolean inbound = activity.direction() == Touch.TouchDirection.INBOUND;
        String when = String.valueOf(activity.occurredAt().toEpochMilli());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("hs_timestamp", when);
        switch (typeOf(activity.channel())) {
            case EMAILS -> {
                p.put("hs_email_subject", activity.subject());
                p.put("hs_email_text", body(activity));
                p.put("hs_email_direction", inbound ? "INCOMING_EMAIL" : "EMAIL");
                p.put("hs_email_status", "SENT");
            }
            case CALLS -> {
                p.put("hs_call_title", activity.subject());
                p.put("hs_call_body", body(activity));
                p.put("hs_call_direction", inbound ? "INBOUND" : "OUTBOUND");
                p.put("hs_call_status", "COMPLETED");
            }
            case MEETINGS -> {
                p.put("hs_meeting_title", activity.subject());
                p.put("hs_meeting_body", body(activity));
                p.put("hs_meeting_start_time", when);
                p.put("hs_meeting_end_time", activity.endsAt().map(end -> String.valueOf(end.toEpochMilli()))
                        .orElse(when));
            }
            default -> p.put("hs_note_body", activity.subject() + "\n\n" + body(activity));
        }
        return p;
    }

    private static String body(MirroredActivity activity) {
        StringBuilder text = new StringBuilder(activity.bodyExcerpt().strip());
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(activity.direction() == Touch.TouchDirection.INBOUND ? "Inbound" : "Outbound");
        if (!activity.actorEmail().isBlank()) {
            text.append(" by ").append(activity.actorEmail());
        }
        activity.outcome().ifPresent(outcome -> text.append("; outcome: ").append(outcome));
        text.append(". Mirrored by Leadbridge from ").append(activity.sourceTouch().key()).append(".\n")
                .append(IdempotencyKeys.label(activity.idempotencyKey()));
        return text.toString();
    }
}
