package io.leadbridge.hubspot.client;

import java.util.List;

/** {@code GET /crm/properties/{version}/{objectType}}: every property of an object type. */
public record PropertyList(List<PropertyDefinition> results) {

    public PropertyList {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
