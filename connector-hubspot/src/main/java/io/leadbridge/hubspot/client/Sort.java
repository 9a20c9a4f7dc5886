package io.leadbridge.hubspot.client;

/** The one sort rule a search accepts, in the object form the live API needs. */
public record Sort(String propertyName, String direction) {

    public static Sort ascending(String propertyName) {
        return new Sort(propertyName, "ASCENDING");
    }
}
