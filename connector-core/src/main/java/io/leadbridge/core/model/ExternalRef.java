package io.leadbridge.core.model;

import java.util.Objects;

/**
 * A record in one CRM: system, the CRM's object type ({@code contact}, {@code Lead}, {@code Contact} ...)
 * and the CRM's id for it.
 */
public record ExternalRef(CrmSystem system, String objectType, String id) {

    public ExternalRef {
        Objects.requireNonNull(system, "system");
        requireText(objectType, "objectType");
        requireText(id, "id");
    }

    /** A stable, human-readable key such as {@code HUBSPOT:contact:512}, used for locks and logs. */
    public String key() {
        return system + ":" + objectType + ":" + id;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
