package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.hubspot.client.AssociatedRecord;
import io.leadbridge.hubspot.client.AssociationsOf;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.Filter;
import io.leadbridge.hubspot.client.FilterGroup;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.client.SearchResponse;
import io.leadbridge.hubspot.client.Sort;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.EngagementMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one page of HubSpot emails, calls, meetings, notes or tasks modified at or after a time, oldest first, each with the contacts it
 * is logged on (one batch association read per page; an activity on no contact has none). Which activities of the newest millisecond to hold back for
 * the next page is the caller's watermark rule, as for contacts. Activities modified within the {@link SearchLag},
 * and everything after them, are left for a later read, so the page ends short of the limit there.
 */
public final class HubSpotTouchReader {

    static final String LAST_MODIFIED = "hs_lastmodifieddate";
    /** How HubSpot's batch association read answers for a record associated with nothing of the type. */
    static final String NO_ASSOCIATIONS = "OBJECT_NOT_FOUND";

    private final HubSpotClient client;
    private final EngagementMapper mapper = new EngagementMapper();
    private final SearchLag searchLag;

    public HubSpotTouchReader(HubSpotClient client) {
        this(client, SearchLag.NONE);
    }

    /** @param searchLag activities modified more recently than this are left for a later read */
    public HubSpotTouchReader(HubSpotClient client, SearchLag searchLag) {
        this.client = Objects.requireNonNull(client, "client");
        this.searchLag = Objects.requireNonNull(searchLag, "searchLag");
    }

    /**
     * @param type  {@link CrmObjectType#EMAILS}, {@code CALLS}, {@code MEETINGS}, {@code NOTES} or {@code TASKS}
     * @param limit 1 to {@value SearchRequest#MAX_LIMIT}
     * @throws SyncFailureException when the search or the association read fails, as a whole or for one of the
     *                              page's activities, so that no activity is taken to be on nobody by mistake
     */
    public List<LoggedTouch> modifiedSince(CrmObjectType type, Instant since, int limit) {
        List<String> properties = EngagementMapper.propertiesOf(type);
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("type must be EMAILS, CALLS, MEETINGS, NOTES or TASKS, was " + type);
        }
        SearchRequest request = new SearchRequest(
                List.of(new FilterGroup(List.of(Filter.greaterThanOrEqual(LAST_MODIFIED,
                        String.valueOf(since.toEpochMilli()))))),
                List.of(Sort.ascending(LAST_MODIFIED)), properties, limit, null);
        Instant cutoff = searchLag.cutoff();
        List<HubSpotObject> settled = client.searchObjects(type.pathName(), request).results().stream()
                .takeWhile(engagement -> !engagement.updatedAt().isAfter(cutoff)).toList();
        if (settled.isEmpty()) {
            return List.of();
        }
        Map<String, List<ExternalRef>> contacts = contactsOf(type, settled);
        return settled.stream().map(engagement -> new LoggedTouch(
                mapper.toTouch(type, engagement).orElseThrow(),
                contacts.getOrDefault(engagement.id(), List.of()),
                mapper.leadbridgeKey(engagement),
                engagement.updatedAt())).toList();
    }

    private Map<String, List<ExternalRef>> contactsOf(CrmObjectType type, List<HubSpotObject> engagements) {
        BatchResult<AssociationsOf> read = client.batchReadAssociations(type, CrmObjectType.CONTACTS,
                engagements.stream().map(HubSpotObject::id).toList());
        read.errors().stream().filter(error -> !NO_ASSOCIATIONS.equals(error.failure().code())).findFirst()
                .ifPresent(error -> {
                    throw new SyncFailureException(error.failure());
                });
        Map<String, List<ExternalRef>> contacts = new HashMap<>();
        for (AssociationsOf of : read.results()) {
            contacts.put(of.from().id(), of.to().stream().map(AssociatedRecord::toObjectId)
                    .map(id -> new ExternalRef(CrmSystem.HUBSPOT, ContactMapper.OBJECT_TYPE, id)).toList());
        }
        return contacts;
    }
}
