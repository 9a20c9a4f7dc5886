package io.leadbridge.hubspot;

import io.leadbridge.hubspot.client.WebhookPayloadReader;
import io.leadbridge.hubspot.webhook.InvalidWebhookPayloadException;
import io.leadbridge.hubspot.webhook.WebhookEvent;
import java.time.Instant;
import java.util.List;

/** Reads HubSpot webhook deliveries into {@link WebhookEvent}s. */
public final class HubSpotWebhooks {

    /** HubSpot sends at most 100 events per request. */
    public static final int MAX_EVENTS = 100;

    private final WebhookPayloadReader reader = new WebhookPayloadReader();

    /**
     * @throws InvalidWebhookPayloadException when the body is not a JSON array of at most {@link #MAX_EVENTS}
     *                                        well-formed events
     */
    public List<WebhookEvent> parse(byte[] body) {
        try {
            return reader.read(body, MAX_EVENTS).stream()
                    .map(raw -> new WebhookEvent(raw.subscriptionType(), raw.objectId(), raw.propertyName(),
                            raw.propertyValue(), Instant.ofEpochMilli(raw.occurredAt()), raw.eventId(), raw.portalId(),
                            raw.changeSource()))
                    .toList();
        } catch (IllegalArgumentException invalid) {
            throw new InvalidWebhookPayloadException(invalid.getMessage());
        }
    }
}
