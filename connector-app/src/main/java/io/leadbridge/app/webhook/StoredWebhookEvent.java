package io.leadbridge.app.webhook;

import java.time.Instant;
import java.util.Optional;

/** A stored, not yet processed HubSpot webhook event: what the processor needs to act on it. */
public record StoredWebhookEvent(long id, String subscriptionType, String objectId, Optional<String> propertyName,
                                 Instant occurredAt) {

    /** A contact event that leaves the contact in place (creation, property change, restore, merge...). */
    boolean readsContact() {
        return subscriptionType.startsWith("contact.") && !removesContact();
    }

    boolean removesContact() {
        return subscriptionType.equals("contact.deletion") || subscriptionType.equals("contact.privacyDeletion");
    }
}
