package io.leadbridge.hubspot.client;

import java.util.List;

/** One input of a batch association create: from, to and the labels. */
public record AssociationLink(ObjectId from, ObjectId to, List<AssociationType> types) {

    public AssociationLink {
        types = List.copyOf(types);
    }
}
