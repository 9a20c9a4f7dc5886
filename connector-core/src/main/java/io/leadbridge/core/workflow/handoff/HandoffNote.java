package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.core.workflow.PlainDuration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The handoff note an AE reads on the CRM record at SQL, as plain text fit for a Salesforce Task description or
 * a HubSpot note: BANT answers, score and reasons, touch history, time to first touch, SDR and suggested next step.
 * Holds no message bodies: only subjects and counts of the SDR's touches.
 */
public final class HandoffNote {

    public static final String TITLE = "Leadbridge handoff: sales-qualified lead";

    private HandoffNote() {
    }

    public static String render(HandoffInput input, HandoffRules rules) {
        StringBuilder note = new StringBuilder();
        note.append(TITLE).append('\n');
        note.append(input.personName().isBlank() ? "" : input.personName() + ", ")
                .append("qualified ").append(input.qualifiedAt()).append('\n');
        note.append("SDR: ").append(input.sdrEmail()).append(" -> AE: ").append(input.aeEmail()).append("\n\n");

        note.append("BANT\n");
        if (input.bant().isEmpty()) {
            note.append("- no answers recorded\n");
        }
        input.bant().forEach((question, answer) -> note.append("- ").append(question).append(": ")
                .append(answer.isBlank() ? "(not answered)" : answer).append('\n'));

        note.append("\nScore: ").append(input.score()).append('\n');
        input.scoreReasons().forEach(reason -> note.append("- ").append(reason).append('\n'));

        SdrContextSummary touches = input.touches();
        note.append("\nTouch history: ").append(touches.touchCount())
                .append(touches.touchCount() == 1 ? " touch" : " touches");
        if (!touches.touchesByChannel().isEmpty()) {
            note.append(" (").append(channels(touches.touchesByChannel())).append(')');
        }
        note.append(", ").append(touches.replies()).append(touches.replies() == 1 ? " reply" : " replies").append('\n');
        touches.lastTouch().ifPresent(last -> note.append("Last touch: ")
                .append(last.channel().name().toLowerCase(Locale.ROOT)).append(' ').append(last.occurredAt())
                .append(last.subject().isBlank() ? "" : " \"" + last.subject() + "\"").append('\n'));
        touches.cadenceStep().ifPresent(step -> note.append("Cadence step reached: ").append(step).append('\n'));
        note.append("Time to first touch: ")
                .append(touches.timeToFirstTouch().map(PlainDuration::of).orElse("no touch after MQL")).append('\n');

        note.append("\nSuggested next step: ").append(input.suggestedNextStep().orElse(rules.suggestedNextStep()))
                .append('\n');
        return note.toString();
    }

    private static String channels(Map<Touch.TouchChannel, Integer> byChannel) {
        return byChannel.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
