package io.leadbridge.hubspot.client;

import java.util.List;
import java.util.Optional;

/** One page of a record's associations to one object type. */
public record AssociationPage(List<AssociatedRecord> results, Paging paging) {

    public AssociationPage {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public Optional<String> nextAfter() {
        return Optional.ofNullable(paging).map(Paging::next).map(Next::after).filter(a -> !a.isBlank());
    }
}
