package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchReadRequest;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.SearchResponse;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactSearchRequests;
import io.leadbridge.hubspot.mapping.ContactWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HubSpot contacts by email for identity resolution: one CRM search ({@code email EQ}, which HubSpot compares
 * case-insensitively), each match with its {@code lastmodifieddate}. Archived contacts are not returned. A batch of
 * emails is read 100 at a time by {@code idProperty=email} ({@code batch/read}), which counts against the general
 * request limit instead of the 5-per-second search limit; an email no contact holds comes back as
 * {@code OBJECT_NOT_FOUND} and matches nobody, any other error fails the whole lookup.
 */
public final class HubSpotPeopleLookup implements PeopleLookup {

    private static final int MAX_MATCHES = 10;

    private static final String NOT_FOUND = "OBJECT_NOT_FOUND";

    private final HubSpotClient client;
    private final ContactSearchRequests requests;
    private final ContactMapper mapper;

    private final List<String> batchProperties;

    HubSpotPeopleLookup(HubSpotClient client, FieldMappings mappings) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = new ContactSearchRequests(mappings);
        List<String> properties = new ArrayList<>(requests.properties());
        if (!properties.contains(ContactWrites.EMAIL)) {
            properties.add(ContactWrites.EMAIL);
        }
        this.batchProperties = List.copyOf(properties);
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

    @Override
    public Map<String, List<PersonCandidate>> findByEmails(Set<String> normalisedEmails) {
        Map<String, List<PersonCandidate>> found = new LinkedHashMap<>();
        normalisedEmails.forEach(email -> found.put(email, new ArrayList<>()));
        List<String> emails = List.copyOf(normalisedEmails);
        for (int from = 0; from < emails.size(); from += BatchInput.MAX_INPUTS) {
            BatchResult<HubSpotObject> answer = client.batchRead(CrmObjectType.CONTACTS, BatchReadRequest.byProperty(
                    batchProperties, ContactWrites.EMAIL, emails.subList(from,
                            Math.min(emails.size(), from + BatchInput.MAX_INPUTS))));
            answer.errors().stream().filter(error -> !NOT_FOUND.equals(error.failure().code())).findFirst()
                    .ifPresent(error -> {
                        throw new SyncFailureException(error.failure());
                    });
            for (HubSpotObject contact : answer.results()) {
                Optional<String> email = Optional.ofNullable(contact.properties().get(ContactWrites.EMAIL))
                        .map(EmailAddress::normalise);
                mapper.toUnstreamedEvent(contact).ifPresent(change -> email.map(found::get).ifPresent(matches ->
                        matches.add(PersonCandidate.of(change.ref(), change.modifiedAt()))));
            }
        }
        found.replaceAll((email, matches) -> List.copyOf(matches));
        return found;
    }
}
