package io.leadbridge.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SDR or prospect interaction: an email, call, voicemail, LinkedIn step, meeting or note.
 *
 * @param bodyExcerpt a short excerpt only; full message bodies are never kept
 * @param cadenceStep the cadence step this touch counts for, when known
 * @param endsAt      when a meeting ends, when the CRM says; never before {@code occurredAt}
 */
public record Touch(ExternalRef source, TouchChannel channel, TouchDirection direction, Instant occurredAt,
                    String actorEmail, String subject, String bodyExcerpt, Optional<String> outcome,
                    Optional<Integer> cadenceStep, Optional<Instant> endsAt) {

    /** The longest excerpt kept; longer bodies are cut at a character boundary. */
    public static final int MAX_EXCERPT = 500;

    public Touch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        actorEmail = actorEmail == null ? "" : actorEmail;
        subject = subject == null ? "" : subject;
        bodyExcerpt = excerpt(bodyExcerpt);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(cadenceStep, "cadenceStep");
        endsAt = Objects.requireNonNull(endsAt, "endsAt").filter(end -> !end.isBefore(occurredAt));
    }

    /** A touch with no end time: anything but a meeting, or a meeting whose end the CRM does not hold. */
    public Touch(ExternalRef source, TouchChannel channel, TouchDirection direction, Instant occurredAt,
                 String actorEmail, String subject, String bodyExcerpt, Optional<String> outcome,
                 Optional<Integer> cadenceStep) {
        this(source, channel, direction, occurredAt, actorEmail, subject, bodyExcerpt, outcome, cadenceStep,
                Optional.empty());
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        if (body.length() <= MAX_EXCERPT) {
            return body;
        }
        int end = MAX_EXCERPT;
        if (Character.isHighSurrogate(body.charAt(end - 1))) {
            end--;
        }
        return body.substring(0, end);
    }

    public enum TouchChannel {
        EMAIL,
        CALL,
        VOICEMAIL,
        LINKEDIN,
        MEETING,
        NOTE
    }

    public enum TouchDirection {
        OUTBOUND,
        INBOUND
    }
}
