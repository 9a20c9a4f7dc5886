package io.leadbridge.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A record in one CRM: system, the CRM's object type ({@code contact}, {@code Lead}, {@code Contact} ...)
 * and the CRM's id for it.
 */
public record ExternalRef(CrmSystem system, String objectType, String id) {

    /**
     * How CRM ids sort: by length first, then character by character, so that HubSpot's numeric ids compare
     * numerically ({@code 9} before {@code 10}) and Salesforce's fixed-length ids compare as text.
     */
    public static final Comparator<String> ID_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

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
