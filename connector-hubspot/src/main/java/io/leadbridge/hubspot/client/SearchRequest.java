package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a CRM search.
 *
 * @param limit results per page, 1 to {@link #MAX_LIMIT}
 * @param after the {@code paging.next.after} of the previous page; null for the first page (then not sent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(List<FilterGroup> filterGroups, List<Sort> sorts, List<String> properties, int limit,
                            String after) {

    /** The largest page HubSpot's search serves. */
    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        filterGroups = List.copyOf(filterGroups);
        sorts = List.copyOf(sorts);
        properties = List.copyOf(properties);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
