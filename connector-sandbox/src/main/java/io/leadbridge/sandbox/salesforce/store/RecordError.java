package io.leadbridge.sandbox.salesforce.store;

import java.util.List;

/**
 * A per-record failure, as a partner {@code Error}: a {@code StatusCode} name, a message and the fields at fault.
 */
public record RecordError(String statusCode, String message, List<String> fields) {

    public RecordError {
        fields = List.copyOf(fields);
    }

    static RecordError of(String statusCode, String message, String... fields) {
        return new RecordError(statusCode, message, List.of(fields));
    }
}
