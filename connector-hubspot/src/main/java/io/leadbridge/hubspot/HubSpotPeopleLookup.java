package io.leadbridge.hubspot;

import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.SearchResponse;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactSearchRequests;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot contacts by email for identity resolution: one CRM search ({@code email EQ}, which HubSpot compares
 * case-insensitively), each match with its {@code lastmodifieddate}. Archived contacts are not returned.
 */
public final class HubSpotPeopleLookup implements PeopleLookup {

    private static final int MAX_MATCHES = 10;

    private final HubSpotClient client;
    private final ContactSearchRequests requests;
    private final ContactMapper mapper;

    HubSpotPeopleLookup(HubSpotClient client, FieldMappings mappings) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = new ContactSearchRequests(mappings);
        this.mapper = new ContactMapper(mappings);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public List<PersonCandidate> findByEmail(String normalisedEmail) {
        SearchResponse page = client.searchObjects(HubSpotContactSource.OBJECT_TYPE,
                requests.byEmail(normalisedEmail, MAX_MATCHES));
        return page.results().stream().map(mapper::toUnstreamedEvent).flatMap(Optional::stream)
                .map(change -> PersonCandidate.of(change.ref(), change.modifiedAt())).toList();
    }
}
