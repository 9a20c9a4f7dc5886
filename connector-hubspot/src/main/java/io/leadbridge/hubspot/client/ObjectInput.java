package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record to create ({@code SimplePublicObjectInputForCreate}): string property values and inline
 * associations ({@code []} when there are none; the spec requires the field).
 *
 * @param objectWriteTraceId in a batch create: unique within the batch, echoed on the result and on errors; null
 *                           to send none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectInput(Map<String, String> properties, List<AssociationInput> associations,
                          String objectWriteTraceId) {

    public ObjectInput {
        properties = new LinkedHashMap<>(properties);
        associations = List.copyOf(associations);
    }

    public ObjectInput(Map<String, String> properties, List<AssociationInput> associations) {
        this(properties, associations, null);
    }
}
