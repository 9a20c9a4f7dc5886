package io.leadbridge.hubspot.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** One input of a batch upsert: the unique value ({@code id}), the property it lives in, and the values to set. */
public record ObjectUpsert(String id, String idProperty, Map<String, String> properties) {

    public ObjectUpsert {
        properties = new LinkedHashMap<>(properties);
    }
}
