package io.leadbridge.app.admin;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.ErrorClosure;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.SyncError;
import java.time.Instant;
import java.util.List;

/**
 * An error as the console shows it: the record, the vendor's code and message, the fields the vendor named, where
 * the error stands and, once closed, who closed it and why. The stored change itself (with its personal data) is
 * not shown.
 */
public record ErrorView(long id, String system, String objectType, String recordId, String kind, String code,
                        String message, List<String> fields, String correlationId, int attempts, Instant failedAt,
                        String status, String closedBy, String closeReason) {

    public static ErrorView of(SyncError error) {
        SyncFailure failure = error.failure();
        return new ErrorView(error.id(), error.event().ref().system().name(), error.event().ref().objectType(),
                error.event().ref().id(), failure.getClass().getSimpleName(), failure.code(), failure.message(),
                failure instanceof SyncFailure.Permanent permanent ? permanent.fields() : List.of(),
                failure.correlationId(), error.attempts(), error.failedAt(), error.status().name(),
                error.closure().map(ErrorClosure::by).orElse(null),
                error.closure().map(ErrorClosure::reason).orElse(null));
    }

    /** Whether an admin may still retry or dismiss it. */
    public boolean actionable() {
        return status.equals(ErrorStatus.OPEN.name());
    }
}
