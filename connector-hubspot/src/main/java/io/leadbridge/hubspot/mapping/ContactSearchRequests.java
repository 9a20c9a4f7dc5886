package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.Filter;
import io.leadbridge.hubspot.client.FilterGroup;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.client.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the contact search that reads changes in modification order: contacts modified after a watermark
 * ({@link AfterWatermark}), oldest first, with every mapped property.
 */
public final class ContactSearchRequests {

    private final List<String> properties;

    public ContactSearchRequests(FieldMappings mappings) {
        Set<String> names = new LinkedHashSet<>(mappings.namesIn(CrmSystem.HUBSPOT).values());
        names.add(ContactProperties.LAST_MODIFIED);
        names.add(ContactProperties.OBJECT_ID);
        names.add(ContactProperties.MERGED_OBJECT_IDS);
        this.properties = List.copyOf(names);
    }

    /** The properties every search asks for: the mapped ones, then the modification time, the id and
     * the ids merged into the contact. */
    public List<String> properties() {
        return properties;
    }

    /**
     * @param after null for the first page
     */
    public SearchRequest modifiedSince(Watermark since, int limit, String after) {
        return new SearchRequest(AfterWatermark.filterGroups(ContactProperties.LAST_MODIFIED, since),
                List.of(Sort.ascending(ContactProperties.LAST_MODIFIED)), properties, limit, after);
    }

    /**
     * The contacts modified in exactly {@code millisecond}, in id order, after {@code since}'s id when
     * {@code since} lies in that millisecond: how a read gets past a millisecond that holds more contacts
     * than one search can page through (10,000).
     */
    public SearchRequest sameMillisecond(Instant millisecond, Watermark since, int limit) {
        List<Filter> filters = new ArrayList<>();
        filters.add(Filter.equalTo(ContactProperties.LAST_MODIFIED, String.valueOf(millisecond.toEpochMilli())));
        if (since.modifiedAt().equals(millisecond) && !since.recordId().isEmpty()) {
            filters.add(Filter.greaterThan(ContactProperties.OBJECT_ID, since.recordId()));
        }
        return new SearchRequest(List.of(new FilterGroup(filters)), List.of(Sort.ascending(ContactProperties.OBJECT_ID)),
                properties, limit, null);
    }

    /** The contacts whose primary email is {@code email}, for identity resolution. */
    public SearchRequest byEmail(String email, int limit) {
        return new SearchRequest(List.of(new FilterGroup(List.of(Filter.equalTo(ContactWrites.EMAIL, email)))),
                List.of(Sort.ascending(ContactProperties.OBJECT_ID)), properties, limit, null);
    }
}
