package io.leadbridge.hubspot.client;

import java.util.List;
import java.util.Optional;

/** One page of CRM search results. */
public record SearchResponse(long total, List<HubSpotObject> results, Paging paging) {

    public SearchResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** The cursor of the next page, empty on the last page. */
    public Optional<String> nextAfter() {
        return Optional.ofNullable(paging)
                .map(Paging::next)
                .map(Next::after)
                .filter(after -> !after.isBlank());
    }
}
