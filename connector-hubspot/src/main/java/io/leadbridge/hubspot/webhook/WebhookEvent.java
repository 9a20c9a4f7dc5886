package io.leadbridge.hubspot.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a HubSpot webhook delivery. HubSpot neither orders events nor guarantees unique
 * {@code eventId}s, so an event is identified by {@link #dedupKey()}.
 *
 * @param subscriptionType e.g. {@code contact.propertyChange}, {@code contact.creation}
 * @param objectId         the changed record's id
 * @param propertyName     set on property changes only
 * @param propertyValue    set on property changes only
 * @param occurredAt       when the change happened
 */
public record WebhookEvent(String subscriptionType, String objectId, Optional<String> propertyName,
                           Optional<String> propertyValue, Instant occurredAt, Optional<String> eventId,
                           Optional<String> portalId, Optional<String> changeSource) {

    public WebhookEvent {
        requireText(subscriptionType, "subscriptionType");
        requireText(objectId, "objectId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(propertyName, "propertyName");
        Objects.requireNonNull(propertyValue, "propertyValue");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(changeSource, "changeSource");
    }

    /** (subscriptionType, objectId, propertyName, occurredAt, propertyValue), the identity HubSpot suggests. */
    public String dedupKey() {
        return subscriptionType + "|" + objectId + "|" + propertyName.orElse("") + "|" + occurredAt.toEpochMilli()
                + "|" + propertyValue.orElse("");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Property values may be personal data: only names are shown. */
    @Override
    public String toString() {
        return "WebhookEvent[" + subscriptionType + " " + objectId + propertyName.map(p -> " " + p).orElse("") + " at "
                + occurredAt + "]";
    }
}
