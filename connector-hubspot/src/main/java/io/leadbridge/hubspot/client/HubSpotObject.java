package io.leadbridge.hubspot.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One CRM record ({@code SimplePublicObject}). Every property value is a string; a requested property
 * without a value is present with a null value. {@code objectWriteTraceId} echoes the one a write sent.
 */
public record HubSpotObject(String id, Map<String, String> properties, Instant createdAt, Instant updatedAt,
                            boolean archived, String objectWriteTraceId) {

    public HubSpotObject {
        properties = properties == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public HubSpotObject(String id, Map<String, String> properties, Instant createdAt, Instant updatedAt,
                         boolean archived) {
        this(id, properties, createdAt, updatedAt, archived, null);
    }
}
