package io.leadbridge.core.model;

import java.util.Objects;
import java.util.UUID;

/** Leadbridge's own id for one human, whatever each CRM calls the record. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId parse(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
