package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The properties each object type has: HubSpot's defaults plus portal-defined ones. Guarded by Portal. */
final class PropertyCatalog {

    private final Map<ObjectType, Map<String, PropertyDefinition>> properties = new EnumMap<>(ObjectType.class);

    PropertyCatalog() {
        for (ObjectType type : ObjectType.values()) {
            Map<String, PropertyDefinition> byName = new LinkedHashMap<>();
            DefaultProperties.of(type).forEach(p -> byName.put(p.name(), p));
            properties.put(type, byName);
        }
    }

    Optional<PropertyDefinition> find(ObjectType type, String name) {
        return Optional.ofNullable(properties.get(type).get(name));
    }

    List<PropertyDefinition> all(ObjectType type) {
        return new ArrayList<>(properties.get(type).values());
    }

    /** Adds a portal-defined property; refuses a name that exists. */
    void define(ObjectType type, PropertyDefinition definition) {
        if (properties.get(type).containsKey(definition.name())) {
            throw ApiException.conflict("A property named '" + definition.name() + "' already exists.", Map.of());
        }
        properties.get(type).put(definition.name(), definition);
    }
}
