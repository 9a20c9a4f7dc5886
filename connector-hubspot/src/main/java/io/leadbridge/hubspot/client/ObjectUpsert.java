package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input of a batch upsert: the unique value ({@code id}), the property it lives in, and the values to set.
 *
 * @param objectWriteTraceId unique within the batch, echoed on the result and on errors; null to send none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectUpsert(String id, String idProperty, Map<String, String> properties, String objectWriteTraceId) {

    public ObjectUpsert {
        properties = new LinkedHashMap<>(properties);
    }

    public ObjectUpsert(String id, String idProperty, Map<String, String> properties) {
        this(id, idProperty, properties, null);
    }
}
