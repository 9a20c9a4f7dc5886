package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import io.leadbridge.sandbox.ParseMemo;
import java.util.Optional;

/** HubSpot's time formats: ISO-8601 UTC with milliseconds on the way out; that, epoch-ms or a date on the way in. */
final class Times {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    private static final ParseMemo<Instant> PARSED = new ParseMemo<>(Times::parseNow, 500_000);

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return PARSED.parse(value);
    }

    private static Optional<Instant> parseNow(String value) {
        String trimmed = value.trim();
        try {
            if (trimmed.chars().allMatch(Character::isDigit) || trimmed.startsWith("-")) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(trimmed)));
            }
            if (trimmed.length() == 10) {
                return Optional.of(LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(Instant.parse(trimmed));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
