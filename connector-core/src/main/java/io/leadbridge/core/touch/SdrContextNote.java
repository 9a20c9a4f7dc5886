package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The short plain-text note an AE reads in the CRM: one per person, rewritten in place as touches come in
 * (adapters upsert it on {@link #idempotencyKey()}).
 */
public record SdrContextNote(ExternalRef targetPerson, String text, String idempotencyKey) {

    public static final String TITLE = "SDR context (kept up to date by Leadbridge)";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    public SdrContextNote {
        Objects.requireNonNull(targetPerson, "targetPerson");
        Objects.requireNonNull(text, "text");
        if (!IdempotencyKeys.isLeadbridgeKey(idempotencyKey)) {
            throw new IllegalArgumentException("idempotencyKey must be a Leadbridge key (lb1-...)");
        }
    }

    /** Renders {@code summary} for the person's record {@code targetPerson}, with times in {@code zone}. */
    public static SdrContextNote render(ExternalRef targetPerson, SdrContextSummary summary, ZoneId zone) {
        String text = String.join("\n",
                TITLE,
                "Touches: " + touches(summary),
                "Last touch: " + summary.lastTouch().map(t -> lastTouch(t, zone)).orElse("none yet"),
                "Cadence step: " + summary.cadenceStep().map(String::valueOf).orElse("not started"),
                "Time to first touch: " + summary.timeToFirstTouch().map(d -> duration(d) + " after MQL")
                        .orElse("not measured (no touch since MQL, or no MQL time)"));
        return new SdrContextNote(targetPerson, text, IdempotencyKeys.sdrContextOf(targetPerson));
    }

    private static String touches(SdrContextSummary summary) {
        if (summary.touchCount() == 0) {
            return "none yet" + replies(summary.replies());
        }
        String channels = summary.touchesByChannel().entrySet().stream().map(SdrContextNote::counted)
                .collect(Collectors.joining(", "));
        return summary.touchCount() + " (" + channels + ")" + replies(summary.replies());
    }

    private static String counted(Map.Entry<Touch.TouchChannel, Integer> entry) {
        String name = TouchMirroring.channelName(entry.getKey());
        return entry.getValue() + " " + (entry.getValue() == 1 ? name : name + "s");
    }

    private static String replies(int replies) {
        return switch (replies) {
            case 0 -> "";
            case 1 -> "; 1 reply";
            default -> "; " + replies + " replies";
        };
    }

    private static String lastTouch(Touch touch, ZoneId zone) {
        String subject = touch.subject().isBlank() ? "" : " \"" + touch.subject() + "\"";
        String by = touch.actorEmail().isBlank() ? "" : " by " + touch.actorEmail();
        return TouchMirroring.channelName(touch.channel()) + subject + " on "
                + WHEN.format(touch.occurredAt().atZone(zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone)) + by
                + touch.outcome().map(o -> "; outcome: " + o).orElse("; no outcome logged");
    }

    private static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }
}
