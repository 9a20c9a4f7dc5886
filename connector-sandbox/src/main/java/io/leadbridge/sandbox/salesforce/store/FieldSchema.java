package io.leadbridge.sandbox.salesforce.store;

import java.util.List;
import java.util.Objects;

/**
 * One field of an emulated object. A field is required on create when it is createable, not nillable and has
 * no default value. Values are kept as their wire text (booleans {@code true}/{@code false}, date-times
 * {@code 2026-11-24T16:41:03.250Z}, dates {@code 2026-11-24}).
 */
public record FieldSchema(String name, String label, FieldType type, int length, boolean nillable, boolean createable,
                          boolean updateable, boolean externalId, boolean unique, boolean custom,
                          List<String> picklistValues, boolean restrictedPicklist, String defaultValue,
                          List<String> referenceTo) {

    public FieldSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        picklistValues = List.copyOf(picklistValues);
        referenceTo = List.copyOf(referenceTo);
    }

    public boolean requiredOnCreate() {
        return createable && !nillable && defaultValue == null;
    }

    /** The relationship name of a reference field: {@code OwnerId} → {@code Owner}, {@code Foo__c} → {@code Foo__r}. */
    public String relationshipName() {
        if (type != FieldType.REFERENCE) {
            return null;
        }
        if (name.endsWith("__c")) {
            return name.substring(0, name.length() - 3) + "__r";
        }
        return name.endsWith("Id") ? name.substring(0, name.length() - 2) : null;
    }

}
