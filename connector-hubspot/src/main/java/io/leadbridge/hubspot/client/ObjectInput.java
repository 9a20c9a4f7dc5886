package io.leadbridge.hubspot.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record to create ({@code SimplePublicObjectInputForCreate}): string property values and inline
 * associations ({@code []} when there are none; the spec requires the field).
 */
public record ObjectInput(Map<String, String> properties, List<AssociationInput> associations) {

    public ObjectInput {
        properties = new LinkedHashMap<>(properties);
        associations = List.copyOf(associations);
    }
}
