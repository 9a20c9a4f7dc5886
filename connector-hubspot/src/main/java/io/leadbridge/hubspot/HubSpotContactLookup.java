package io.leadbridge.hubspot;

import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchReadRequest;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactSearchRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads contacts by id, 100 per call, as the changes a webhook announced: each contact's current state
 * with its {@code lastmodifieddate} as version, so that duplicate or out-of-order events collapse onto
 * the same inbox entry. Contacts HubSpot no longer has (deleted, merged away) are left out.
 *
 * <p><b>Threading:</b> safe for concurrent use. <b>Failures:</b> a failed call throws
 * {@link io.leadbridge.core.failure.SyncFailureException}; nothing is returned partially.
 */
public final class HubSpotContactLookup {

    private final HubSpotClient client;
    private final List<String> properties;
    private final ContactMapper mapper;

    HubSpotContactLookup(HubSpotClient client, FieldMappings mappings) {
        this(client, mappings, Optional.empty());
    }

    HubSpotContactLookup(HubSpotClient client, FieldMappings mappings, Optional<OwnerDirectory> owners) {
        this.client = Objects.requireNonNull(client, "client");
        this.properties = new ContactSearchRequests(mappings).properties();
        this.mapper = new ContactMapper(mappings, owners);
    }

    /**
     * The current version of each contact, in the order HubSpot returned them; duplicates ids are read once. A
     * contact that others were merged into is preceded by those merges ({@link ContactMapper#mergedAway}), so the
     * worker moves the merged-away contacts' people to it before it resolves the survivor itself.
     */
    public List<ChangeEvent> currentVersions(List<String> contactIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(contactIds));
        List<ChangeEvent> changes = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BatchInput.MAX_INPUTS) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BatchInput.MAX_INPUTS));
            BatchResult<HubSpotObject> answer = client.batchRead(CrmObjectType.CONTACTS,
                    BatchReadRequest.byId(properties, chunk));
            for (HubSpotObject contact : answer.results()) {
                mapper.toUnstreamedEvent(contact).ifPresent(change -> {
                    changes.addAll(mapper.mergedAway(contact, change.modifiedAt()));
                    changes.add(change);
                });
            }
        }
        return changes;
    }

    /** The deletion of a contact a webhook reported, outside any stream; the same report always gives the same change. */
    public ChangeEvent deletion(String contactId, Instant deletedAt) {
        return ContactMapper.deleted(contactId, deletedAt);
    }
}
