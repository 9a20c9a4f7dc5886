package io.leadbridge.sandbox.hubspot;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A property of an object type, as the properties API describes it.
 *
 * @param type          {@code string}, {@code number}, {@code datetime}, {@code date}, {@code enumeration} or
 *                      {@code bool}
 * @param fieldType     e.g. {@code text}, {@code select}, {@code radio}, {@code number}, {@code date}
 * @param hasUniqueValue true when the value identifies a record (usable as an upsert {@code idProperty})
 * @param readOnlyValue true when API writes are ignored (maintained by the emulator)
 */
public record PropertyDefinition(String name, String label, String type, String fieldType, String groupName,
                                 List<PropertyOption> options, boolean hasUniqueValue, boolean readOnlyValue,
                                 boolean hubspotDefined) {

    private static final Set<String> TYPES = Set.of("string", "number", "datetime", "date", "enumeration", "bool");

    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + " but was " + type);
        }
        Objects.requireNonNull(fieldType, "fieldType");
        Objects.requireNonNull(groupName, "groupName");
        options = List.copyOf(options);
    }

    /** A portal-defined (custom) text property, e.g. an external id with {@code hasUniqueValue}. */
    public static PropertyDefinition customText(String name, String label, boolean hasUniqueValue) {
        return new PropertyDefinition(name, label, "string", "text", "contactinformation", List.of(), hasUniqueValue,
                false, false);
    }

    boolean isEnumeration() {
        return "enumeration".equals(type);
    }

    boolean isNumeric() {
        return "number".equals(type);
    }

    boolean isTime() {
        return "datetime".equals(type) || "date".equals(type);
    }

    boolean allows(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }
}
