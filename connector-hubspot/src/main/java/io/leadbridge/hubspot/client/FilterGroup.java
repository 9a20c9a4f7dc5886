package io.leadbridge.hubspot.client;

import java.util.List;

/** Filters ANDed together; the groups of one request are ORed. */
public record FilterGroup(List<Filter> filters) {

    public FilterGroup {
        filters = List.copyOf(filters);
    }
}
