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
        return on(definition).matches(actual.orElse(null));
    }

    /** This filter on its property, reading the values it compares with once for all the records of a search. */
    Prepared on(PropertyDefinition definition) {
        return new Prepared(this, definition);
    }

    /**
     * A filter bound to its property's definition. The filter's own values are turned into comparison keys on first
     * use, so a search over 100,000 records parses them once, not once per record; a malformed one is still a 400
     * only when a record with the property is compared with it.
     */
    static final class Prepared {

        private final SearchFilter filter;
        private final PropertyDefinition definition;
        private Comparable<?> low;
        private Comparable<?> high;
        private List<Comparable<?>> listed;

        private Prepared(SearchFilter filter, PropertyDefinition definition) {
            this.filter = filter;
            this.definition = definition;
        }

        /** @param actual the record's value, null or empty when unset */
        boolean matches(String actual) {
            boolean set = actual != null && !actual.isEmpty();
            return switch (filter.operator) {
                case "HAS_PROPERTY" -> set;
                case "NOT_HAS_PROPERTY" -> !set;
                case "EQ" -> set && compareToLow(actual) == 0;
                case "NEQ" -> !set || compareToLow(actual) != 0;
                case "LT" -> set && compareToLow(actual) < 0;
                case "LTE" -> set && compareToLow(actual) <= 0;
                case "GT" -> set && compareToLow(actual) > 0;
                case "GTE" -> set && compareToLow(actual) >= 0;
                case "BETWEEN" -> set && compareToLow(actual) >= 0
                        && compareKeys(sortKey(actual, definition), high()) <= 0;
                case "IN" -> set && in(actual);
                case "NOT_IN" -> !set || !in(actual);
                case "CONTAINS_TOKEN" -> set && filter.containsToken(actual);
                case "NOT_CONTAINS_TOKEN" -> !set || !filter.containsToken(actual);
                default -> throw new IllegalStateException("unchecked operator " + filter.operator);
            };
        }

        private int compareToLow(String actual) {
            Comparable<?> key = sortKey(actual, definition);
            if (low == null) {
                low = sortKey(filter.value, definition);
            }
            return compareKeys(key, low);
        }

        private Comparable<?> high() {
            if (high == null) {
                high = sortKey(filter.highValue, definition);
            }
            return high;
        }

        private boolean in(String actual) {
            if (definition.isEnumeration()) {
                return filter.values.contains(actual);
            }
            if (definition.isTime() || definition.isNumeric()) {
                if (listed == null) {
                    listed = filter.values.stream().<Comparable<?>>map(v -> sortKey(v, definition)).toList();
                }
                Comparable<?> key = sortKey(actual, definition);
                for (Comparable<?> candidate : listed) {
                    if (compareKeys(key, candidate) == 0) {
                        return true;
                    }
                }
                return false;
            }
            return filter.values.contains(actual.toLowerCase(Locale.ROOT));
        }
    }

    /** What a value of a property is compared by, read once per value of a search; malformed is a 400. */
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

    /** Compares two {@link #sortKey}s of one property, which are of one type. */
    @SuppressWarnings("unchecked")
    static int compareKeys(Comparable<?> a, Comparable<?> b) {
        return ((Comparable<Object>) a).compareTo(b);
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
