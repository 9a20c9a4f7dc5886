package io.leadbridge.hubspot.client;

/** One search condition, e.g. {@code lastmodifieddate GTE 1767225600000}; values are always strings. */
public record Filter(String propertyName, String operator, String value) {

    public static Filter greaterThanOrEqual(String propertyName, String value) {
        return new Filter(propertyName, "GTE", value);
    }

    public static Filter greaterThan(String propertyName, String value) {
        return new Filter(propertyName, "GT", value);
    }

    public static Filter equalTo(String propertyName, String value) {
        return new Filter(propertyName, "EQ", value);
    }
}
