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

    /**
     * Deletes one option of an enumeration property, as an admin editing the property in the portal does: later
     * writes of the value are refused with {@code INVALID_OPTION}; records keep the value they hold.
     */
    void deleteOption(ObjectType type, String name, String value) {
        PropertyDefinition property = find(type, name).filter(PropertyDefinition::isEnumeration)
                .orElseThrow(() -> ApiException.notFound("No enumeration property '" + name + "' on "
                        + type.pathName()));
        if (!property.allows(value)) {
            throw ApiException.notFound("Property '" + name + "' has no option '" + value + "'");
        }
        properties.get(type).put(name, new PropertyDefinition(property.name(), property.label(), property.type(),
                property.fieldType(), property.groupName(), property.options().stream()
                .filter(option -> !option.value().equals(value)).toList(), property.hasUniqueValue(),
                property.readOnlyValue(), property.hubspotDefined()));
    }

    /** Adds a portal-defined property; refuses a name that exists. */
    void define(ObjectType type, PropertyDefinition definition) {
        if (properties.get(type).containsKey(definition.name())) {
            throw ApiException.conflict("A property named '" + definition.name() + "' already exists.", Map.of());
        }
        properties.get(type).put(definition.name(), definition);
    }
}
