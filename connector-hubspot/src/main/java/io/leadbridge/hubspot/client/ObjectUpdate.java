package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input of a batch update: the record id and the properties to set ({@code ""} clears one).
 *
 * @param objectWriteTraceId unique within the batch, echoed on the result and on errors; null to send none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectUpdate(String id, Map<String, String> properties, String objectWriteTraceId) {

    public ObjectUpdate {
        properties = new LinkedHashMap<>(properties);
    }

    public ObjectUpdate(String id, Map<String, String> properties) {
        this(id, properties, null);
    }
}
