package io.leadbridge.hubspot.client;

import java.util.List;

/** An association made inline with a create: the record to link to and the labels of the link. */
public record AssociationInput(ObjectId to, List<AssociationType> types) {

    public AssociationInput {
        types = List.copyOf(types);
    }
}
