package io.leadbridge.hubspot;

import io.leadbridge.hubspot.client.AssociationPage;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchReadRequest;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectId;
import java.util.List;
import java.util.Optional;

/**
 * Finds the engagement of one type on a contact whose text names a Leadbridge key line: association pages of 100,
 * then their properties in one batch read per page. Used after a create whose answer was lost.
 */
final class ContactEngagements {

    private ContactEngagements() {
    }

    /**
     * @param properties the engagement properties that may hold the text
     * @return the id of the first engagement of {@code type} on {@code contactId} with {@code label} in one of them
     */
    static Optional<String> naming(HubSpotClient client, String contactId, CrmObjectType type,
                                   List<String> properties, String label) {
        String after = null;
        do {
            AssociationPage page = client.associations(CrmObjectType.CONTACTS, contactId, type, BatchInput.MAX_INPUTS,
                    after);
            if (!page.results().isEmpty()) {
                Optional<String> found = client.batchRead(type, new BatchReadRequest(properties, List.of(), null,
                        page.results().stream().map(r -> new ObjectId(r.toObjectId())).toList())).results().stream()
                        .filter(engagement -> properties.stream().map(p -> engagement.properties().get(p))
                                .anyMatch(text -> text != null && text.contains(label)))
                        .map(HubSpotObject::id).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            after = page.nextAfter().orElse(null);
        } while (after != null);
        return Optional.empty();
    }
}
