package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.salesforce.MirroredTouch;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds the completed {@code Task} that mirrors one touch: {@code WhoId} the Lead or Contact, {@code TaskSubtype}
 * {@code Email} for emails and {@code Call} for calls and voicemails ({@code Task} otherwise), {@code Status}
 * {@code Completed}, {@code ActivityDate} the touch's UTC date, {@code Subject} (255) and {@code Description}
 * (32,000) cut without splitting a surrogate pair.
 */
public final class TaskRecordMapper {

    public static final String TASK = "Task";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private TaskRecordMapper() {
    }

    public static SObject toTask(MirroredTouch mirrored) {
        Touch touch = mirrored.touch();
        SObject task = new SObject(TASK);
        task.setField("WhoId", mirrored.who().id());
        task.setField("Subject", TextLimits.truncate(subject(touch), TextLimits.SUBJECT));
        task.setField("Status", "Completed");
        task.setField("TaskSubtype", subtype(touch.channel()));
        task.setField("Priority", "Normal");
        task.setField("ActivityDate", DATE.format(touch.occurredAt()));
        task.setField("Description", TextLimits.truncate(description(mirrored), TextLimits.LONG_TEXT));
        return task;
    }

    /** The completed Task that holds a person's SDR-context note, its Comments ending with the note's key line. */
    public static SObject sdrContextTask(SdrContextNote note) {
        SObject task = new SObject(TASK);
        task.setField("WhoId", note.targetPerson().id());
        task.setField("Subject", SdrContextNote.TITLE);
        task.setField("Status", "Completed");
        task.setField("Priority", "Normal");
        task.setField("Description", sdrContextText(note));
        return task;
    }

    /** The update that rewrites the SDR-context Task {@code taskId} with {@code note}. */
    public static SObject sdrContextUpdate(String taskId, SdrContextNote note) {
        SObject task = new SObject(TASK);
        task.setId(taskId);
        task.setField("Description", sdrContextText(note));
        return task;
    }

    private static String sdrContextText(SdrContextNote note) {
        return TextLimits.truncate(note.text() + "\n" + IdempotencyKeys.label(note.idempotencyKey()),
                TextLimits.LONG_TEXT);
    }

    static String subtype(Touch.TouchChannel channel) {
        return switch (channel) {
            case EMAIL -> "Email";
            case CALL, VOICEMAIL -> "Call";
            case LINKEDIN, MEETING, NOTE -> "Task";
        };
    }

    private static String subject(Touch touch) {
        String label = switch (touch.channel()) {
            case EMAIL -> "Email";
            case CALL -> "Call";
            case VOICEMAIL -> "Voicemail";
            case LINKEDIN -> "LinkedIn";
            case MEETING -> "Meeting";
            case NOTE -> "Note";
        };
        return touch.subject().isBlank() ? label : label + ": " + touch.subject();
    }

    static String description(MirroredTouch mirrored) {
        Touch touch = mirrored.touch();
        StringBuilder text = new StringBuilder();
        text.append(mirrored.description().isBlank() ? touch.bodyExcerpt() : mirrored.description());
        text.append("\n\n").append(touch.direction() == Touch.TouchDirection.INBOUND ? "Inbound" : "Outbound");
        if (!touch.actorEmail().isBlank()) {
            text.append(" by ").append(touch.actorEmail());
        }
        touch.outcome().ifPresent(outcome -> text.append("; outcome: ").append(outcome));
        touch.cadenceStep().ifPresent(step -> text.append("; cadence step ").append(step));
        text.append(". Mirrored by Leadbridge from ").append(touch.source().key()).append('.');
        return text.toString().strip();
    }
}
