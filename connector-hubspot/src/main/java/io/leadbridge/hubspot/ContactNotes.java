package io.leadbridge.hubspot;

import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.ObjectInput;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Note engagements on one HubSpot contact: created associated with it, found again by a line their body holds. */
final class ContactNotes {

    static final String BODY = "hs_note_body";

    private final HubSpotClient client;
    private final Clock clock;

    ContactNotes(HubSpotClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** @return the new note's id */
    String create(String contactId, String body) {
        return client.createObject(CrmObjectType.NOTES, input(contactId, body, null)).id();
    }

    /** A note on the contact, as one input of a create; {@code traceId} ties a batch result to it (null for none). */
    ObjectInput input(String contactId, String body, String traceId) {
        return new ObjectInput(Map.of("hs_timestamp", String.valueOf(clock.millis()), BODY, body),
                List.of(CrmObjectType.NOTES.associate(CrmObjectType.CONTACTS, contactId)), traceId);
    }

    /** Reads the contact's notes (association pages of 100, then their bodies) for the first whose body has {@code line}. */
    Optional<String> findHolding(String contactId, String line) {
        return ContactEngagements.naming(client, contactId, CrmObjectType.NOTES, List.of(BODY), line);
    }
}
