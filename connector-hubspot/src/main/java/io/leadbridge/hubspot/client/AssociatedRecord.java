package io.leadbridge.hubspot.client;

import java.util.List;

/** A record on the other end of an association, with the labels that link them. */
public record AssociatedRecord(String toObjectId, List<AssociationLabel> associationTypes) {

    public AssociatedRecord {
        associationTypes = associationTypes == null ? List.of() : List.copyOf(associationTypes);
    }
}
