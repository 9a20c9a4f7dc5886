package io.leadbridge.sandbox.salesforce.store;

import io.leadbridge.sandbox.ParseMemo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The text forms Salesforce uses on the wire for date-times, dates and booleans, parsed leniently, written exactly. */
public final class WireValues {

    private static final DateTimeFormatter DATE_TIME_OUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME_IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0,
                    9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z").toFormatter();
    private static final DateTimeFormatter DATE_TIME_IN_COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0,
                    9, true).optionalEnd()
            .appendOffset("+HHMM", "Z").toFormatter();

    private WireValues() {
    }

    /** {@code 2026-11-24T16:41:03.250Z}. */
    public static String dateTime(Instant instant) {
        return DATE_TIME_OUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses {@code 2026-11-24T16:41:03Z}, {@code ...03.250Z}, {@code ...+01:00} or {@code ...+0100}. */
    public static Optional<Instant> parseDateTime(String text) {
        return DATE_TIMES.parse(text);
    }

    private static final ParseMemo<Instant> DATE_TIMES = new ParseMemo<>(WireValues::parseDateTimeNow, 500_000);

    private static Optional<Instant> parseDateTimeNow(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DATE_TIME_IN, DATE_TIME_IN_COMPACT_OFFSET}) {
            try {
                return Optional.of(OffsetDateTime.parse(text.trim(), format).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Parses {@code 2026-11-24}; a full date-time (force-wsc's {@code java.util.Date} form) yields its UTC date. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return parseDateTime(text).map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate());
        }
    }

    public static Optional<Boolean> parseBoolean(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equals("1")) {
            return Optional.of(Boolean.TRUE);
        }
        if (trimmed.equalsIgnoreCase("false") || trimmed.equals("0")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
