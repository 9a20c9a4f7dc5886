package io.leadbridge.hubspot.client;

import java.util.List;
import java.util.Optional;

/** One page of a record list ({@code GET /crm/objects/{version}/{type}}). */
public record ObjectPage(List<HubSpotObject> results, Paging paging) {

    public ObjectPage {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public Optional<String> nextAfter() {
        return Optional.ofNullable(paging).map(Paging::next).map(Next::after).filter(a -> !a.isBlank());
    }
}
