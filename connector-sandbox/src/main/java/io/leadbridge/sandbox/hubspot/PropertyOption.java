package io.leadbridge.sandbox.hubspot;

import java.util.Objects;

/** One option of an enumeration property: the internal {@code value} is what API writes send. */
public record PropertyOption(String label, String value, int displayOrder) {

    public PropertyOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
