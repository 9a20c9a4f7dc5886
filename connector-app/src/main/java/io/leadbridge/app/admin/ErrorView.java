package io.leadbridge.app.admin;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.SyncError;
import java.time.Instant;
import java.util.List;

/**
 * An open error as the API and console show it: the record, the vendor's code and message, and the fields the
 * vendor named. The stored change itself (with its personal data) is not shown.
 */
public record ErrorView(long id, String system, String objectType, String recordId, String kind, String code,
                        String message, List<String> fields, String correlationId, int attempts, Instant failedAt) {

    public static ErrorView of(SyncError error) {
        SyncFailure failure = error.failure();
        return new ErrorView(error.id(), error.event().ref().system().name(), error.event().ref().objectType(),
                error.event().ref().id(), failure.getClass().getSimpleName(), failure.code(), failure.message(),
                failure instanceof SyncFailure.Permanent permanent ? permanent.fields() : List.of(),
                failure.correlationId(), error.attempts(), error.failedAt());
    }
}
