package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a batch read; {@code idProperty} null reads by record id (then not sent). The spec requires
 * {@code propertiesWithHistory}, so it is always sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchReadRequest(List<String> properties, List<String> propertiesWithHistory, String idProperty,
                               List<ObjectId> inputs) {

    public BatchReadRequest {
        properties = List.copyOf(properties);
        propertiesWithHistory = List.copyOf(propertiesWithHistory);
        inputs = List.copyOf(inputs);
        if (inputs.size() > BatchInput.MAX_INPUTS) {
            throw new IllegalArgumentException("a batch read takes at most " + BatchInput.MAX_INPUTS + " ids");
        }
    }

    public static BatchReadRequest byId(List<String> properties, List<String> ids) {
        return new BatchReadRequest(properties, List.of(), null, ids.stream().map(ObjectId::new).toList());
    }

    /** Records by the values of a unique property ({@code email} for contacts). */
    public static BatchReadRequest byProperty(List<String> properties, String idProperty, List<String> values) {
        return new BatchReadRequest(properties, List.of(), idProperty, values.stream().map(ObjectId::new).toList());
    }
}
