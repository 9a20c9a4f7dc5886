package io.leadbridge.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One search filter, evaluated the way HubSpot's search does: numbers and date-times compare as numbers
 * (date-times given as epoch-ms or ISO-8601), enumerations compare case-sensitively, other strings
 * case-insensitively; {@code IN}/{@code NOT_IN} on strings match lower-case values only; {@code CONTAINS_TOKEN}
 * matches a word of the value or the whole value, with {@code *} wildcards.
 */
record SearchFilter(String propertyName, String operator, String value, String highValue, List<String> values) {

    static final Set<String> OPERATORS = Set.of("EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN",
            "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN");
    private static final Set<String> NEEDS_VALUE = Set.of("EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN",
            "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN");

    SearchFilter {
        if (propertyName == null || propertyName.isBlank()) {
            throw ApiException.badRequest("filters[].propertyName is required");
        }
        if (operator == null || !OPERATORS.contains(operator)) {
            throw ApiException.badRequest("filters[].operator " + operator + " is not one of " + OPERATORS);
        }
        if (NEEDS_VALUE.contains(operator) && value == null) {
            throw ApiException.badRequest("filters[].value is required for operator " + operator + " on "
                    + propertyName);
        }
        if ("BETWEEN".equals(operator) && highValue == null) {
            throw ApiException.badRequest("filters[].highValue is required for operator BETWEEN on " + propertyName);
        }
        if (("IN".equals(operator) || "NOT_IN".equals(operator)) && (values == null || values.isEmpty())) {
            throw ApiException.badRequest("filters[].values is required for operator " + operator + " on "
                    + propertyName);
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * @param actual     the record's value, empty when unset
     * @param definition the property's definition
     */
    boolean matches(Optional<String> actual, PropertyDefinition definition) {
        return switch (operator) {
            case "HAS_PROPERTY" -> actual.isPresent();
            case "NOT_HAS_PROPERTY" -> actual.isEmpty();
            case "EQ" -> actual.isPresent() && compare(actual.get(), value, definition) == 0;
            case "NEQ" -> actual.isEmpty() || compare(actual.get(), value, definition) != 0;
            case "LT" -> actual.isPresent() && compare(actual.get(), value, definition) < 0;
            case "LTE" -> actual.isPresent() && compare(actual.get(), value, definition) <= 0;
            case "GT" -> actual.isPresent() && compare(actual.get(), value, definition) > 0;
            case "GTE" -> actual.isPresent() && compare(actual.get(), value, definition) >= 0;
            case "BETWEEN" -> actual.isPresent() && compare(actual.get(), value, definition) >= 0
                    && compare(actual.get(), highValue, definition) <= 0;
            case "IN" -> actual.isPresent() && in(actual.get(), definition);
            case "NOT_IN" -> actual.isEmpty() || !in(actual.get(), definition);
            case "CONTAINS_TOKEN" -> actual.isPresent() && containsToken(actual.get());
            case "NOT_CONTAINS_TOKEN" -> actual.isEmpty() || !containsToken(actual.get());
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    /** What {@link #compare} compares a value by, read once per record when many are sorted; malformed is a 400. */
    static Comparable<?> sortKey(String value, PropertyDefinition definition) {
        if (definition.isTime()) {
            return epochMillis(value, definition);
        }
        if (definition.isNumeric()) {
            return number(value, definition);
        }
        if (definition.isEnumeration()) {
            return value;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** Compares two values of a property in its own order; a malformed filter value is a 400. */
    static int compare(String actual, String wanted, PropertyDefinition definition) {
        return compareKeys(sortKey(actual, definition), sortKey(wanted, definition));
    }

    /** Compares two {@link #sortKey}s of one property, which are of one type. */
    @SuppressWarnings("unchecked")
    static int compareKeys(Comparable<?> a, Comparable<?> b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    private boolean in(String actual, PropertyDefinition definition) {
        if (definition.isEnumeration()) {
            return values.contains(actual);
        }
        if (definition.isTime() || definition.isNumeric()) {
            return values.stream().anyMatch(v -> compare(actual, v, definition) == 0);
        }
        return values.contains(actual.toLowerCase(Locale.ROOT));
    }

    private boolean containsToken(String actual) {
        String lower = actual.toLowerCase(Locale.ROOT);
        Pattern pattern = Pattern.compile(wildcard(value.toLowerCase(Locale.ROOT)));
        if (pattern.matcher(lower).matches()) {
            return true;
        }
        for (String token : lower.split("[\\s,;()\"]+")) {
            if (pattern.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String wildcard(String token) {
        return Arrays.stream(token.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
    }

    private static long epochMillis(String value, PropertyDefinition definition) {
        return Times.parse(value).orElseThrow(() -> ApiException.badRequest("\"" + value
                + "\" is not a date for " + definition.name() + ": use epoch milliseconds or ISO-8601")).toEpochMilli();
    }

    private static BigDecimal number(String value, PropertyDefinition definition) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"" + value + "\" is not a number for " + definition.name());
        }
    }
}
