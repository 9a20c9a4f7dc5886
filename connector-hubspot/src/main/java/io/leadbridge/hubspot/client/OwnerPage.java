package io.leadbridge.hubspot.client;

import java.util.List;
import java.util.Optional;

/** One page of owners. */
public record OwnerPage(List<HubSpotOwner> results, Paging paging) {

    public OwnerPage {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public Optional<String> nextAfter() {
        return Optional.ofNullable(paging).map(Paging::next).map(Next::after).filter(a -> !a.isBlank());
    }
}
