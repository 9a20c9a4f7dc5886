package io.leadbridge.hubspot.client;

/** One search condition, e.g. {@code lastmodifieddate GTE 1767225600000}; values are always strings. */
public record Filter(String propertyName, String operator, String value) {

    public static Filter greaterThanOrEqual(String propertyName, String value) {
        return new Filter(propertyName, "GTE", value);
    }
}
