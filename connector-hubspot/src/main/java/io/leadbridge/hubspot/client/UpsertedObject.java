package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One result of a batch upsert ({@code SimplePublicUpsertObject}): the record and whether it was created. */
public record UpsertedObject(String id, Map<String, String> properties, Instant createdAt, Instant updatedAt,
                             boolean archived, @JsonProperty("new") boolean created, String objectWriteTraceId) {

    public UpsertedObject {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
