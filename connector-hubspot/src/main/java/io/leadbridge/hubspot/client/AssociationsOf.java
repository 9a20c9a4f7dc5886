package io.leadbridge.hubspot.client;

import java.util.List;

/** One result of a batch association read: a record and what it is associated with. */
public record AssociationsOf(ObjectId from, List<AssociatedRecord> to) {

    public AssociationsOf {
        to = to == null ? List.of() : List.copyOf(to);
    }
}
