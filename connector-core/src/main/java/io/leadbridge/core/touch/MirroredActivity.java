package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The activity to write in one CRM for a touch logged in the other: on the person's record there, with the
 * touch's channel, subject, excerpt, time and outcome. Adapters map the channel to their own activity type
 * (a Salesforce Task or Event, a HubSpot email, call, meeting or note) and upsert on {@link #idempotencyKey()}.
 *
 * @param targetPerson   the person's record in the CRM written to
 * @param sourceTouch    the touch this mirrors, in the CRM it was logged in
 * @param idempotencyKey {@link IdempotencyKeys#mirrorOf}: the same for every retry or redelivery of this touch
 * @param endsAt         when a mirrored meeting ends, when its CRM said ({@link Touch#endsAt()})
 */
public record MirroredActivity(ExternalRef targetPerson, ExternalRef sourceTouch, Touch.TouchChannel channel,
                               Touch.TouchDirection direction, String actorEmail, String subject,
                               String bodyExcerpt, Instant occurredAt, Optional<String> outcome,
                               Optional<Integer> cadenceStep, String idempotencyKey, Optional<Instant> endsAt) {

    public MirroredActivity {
        Objects.requireNonNull(targetPerson, "targetPerson");
        Objects.requireNonNull(sourceTouch, "sourceTouch");
        if (targetPerson.system() == sourceTouch.system()) {
            throw new IllegalArgumentException("a mirror is written into the other CRM than its touch: "
                    + targetPerson + " and " + sourceTouch);
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(actorEmail, "actorEmail");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(cadenceStep, "cadenceStep");
        if (!IdempotencyKeys.isLeadbridgeKey(idempotencyKey)) {
            throw new IllegalArgumentException("idempotencyKey must be a Leadbridge key (lb1-...)");
        }
        endsAt = Objects.requireNonNull(endsAt, "endsAt").filter(end -> !end.isBefore(occurredAt));
    }

    /** A mirror with no end time. */
    public MirroredActivity(ExternalRef targetPerson, ExternalRef sourceTouch, Touch.TouchChannel channel,
                            Touch.TouchDirection direction, String actorEmail, String subject, String bodyExcerpt,
                            Instant occurredAt, Optional<String> outcome, Optional<Integer> cadenceStep,
                            String idempotencyKey) {
        this(targetPerson, sourceTouch, channel, direction, actorEmail, subject, bodyExcerpt, occurredAt, outcome,
                cadenceStep, idempotencyKey, Optional.empty());
    }
}
