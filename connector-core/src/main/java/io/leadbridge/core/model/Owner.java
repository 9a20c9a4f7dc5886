package io.leadbridge.core.model;

import java.util.Objects;

/**
 * A CRM user who can own a person: an SDR or an AE. Owners are matched across CRMs by email.
 */
public record Owner(String email, String displayName, OwnerRole role) {

    public Owner {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email must not be blank");
        }
        email = EmailAddress.normalise(email);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public enum OwnerRole {
        SDR,
        AE,
        MANAGER,
        OTHER
    }
}
