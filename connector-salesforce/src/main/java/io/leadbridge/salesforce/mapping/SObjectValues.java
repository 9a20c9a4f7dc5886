package io.leadbridge.salesforce.mapping;

import com.sforce.ws.bind.XmlObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads values from partner sObjects. Partner query results carry no {@code xsi:type} on field values, so every
 * value arrives as text (or a nested object for a relationship); these helpers turn them into Java values.
 */
public final class SObjectValues {

    private SObjectValues() {
    }

    /** The value of {@code path} ({@code Email} or a relationship path such as {@code Owner.Email}), if not blank. */
    public static Optional<String> text(XmlObject record, String path) {
        XmlObject node = record;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.getChild(part);
        }
        if (node == null) {
            return Optional.empty();
        }
        Object value = node.getValue();
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }

    /** A required value: {@link IllegalStateException} naming the field when Salesforce sent none. */
    public static String required(XmlObject record, String path) {
        return text(record, path).orElseThrow(() -> new IllegalStateException(
                "Salesforce returned a " + record.getField("type") + " without " + path));
    }

    public static Instant instant(XmlObject record, String path) {
        String value = required(record, path);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(path + " is not a dateTime: " + value, e);
        }
    }

    public static Optional<Instant> optionalInstant(XmlObject record, String path) {
        return text(record, path).map(Instant::parse);
    }

    public static Optional<LocalDate> date(XmlObject record, String path) {
        return text(record, path).map(LocalDate::parse);
    }

    public static boolean bool(XmlObject record, String path) {
        return text(record, path).map(Boolean::parseBoolean).orElse(false);
    }
}
