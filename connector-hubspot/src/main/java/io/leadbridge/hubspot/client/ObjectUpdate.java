package io.leadbridge.hubspot.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** One input of a batch update: the record id and the properties to set ({@code ""} clears one). */
public record ObjectUpdate(String id, Map<String, String> properties) {

    public ObjectUpdate {
        properties = new LinkedHashMap<>(properties);
    }
}
