package io.leadbridge.hubspot.client;

import java.util.List;

/** A CRM property ({@code Property}): its internal name, type and, for enumerations, its options. */
public record PropertyDefinition(String name, String label, String type, String fieldType,
                                 List<PropertyOption> options) {

    public PropertyDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
