package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailure;
import java.util.List;

/**
 * A batch answer, 200/201 or 207 multi-status: the records HubSpot returned (in no guaranteed order) and
 * the failed parts, each already classified and carrying the ids HubSpot named in its context.
 */
public record BatchResult<T>(List<T> results, List<BatchError> errors) {

    public BatchResult {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    /**
     * One entry of {@code errors}.
     *
     * @param ids the input ids or unique values HubSpot named ({@code context.ids}, {@code context.id},
     *            {@code context.emails}...), empty when it named none
     */
    public record BatchError(SyncFailure failure, List<String> ids) {
        public BatchError {
            ids = List.copyOf(ids);
        }
    }
}
