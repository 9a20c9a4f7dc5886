package io.leadbridge.app.api;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.SyncError;
import java.time.Instant;
import java.util.List;

/**
 * An error as the admin API shows it: the record and version that failed, the latest failure and where the error
 * stands. The changed record's field values are not shown (they are personal data); a dry run shows them.
 */
record ErrorView(long id, RecordView record, String changeKind, Instant modifiedAt, FailureView failure,
                 int attempts, Instant failedAt, String status, String closedBy, Instant closedAt,
                 String closeReason) {

    static ErrorView of(SyncError error) {
        return new ErrorView(error.id(), RecordView.of(error.event().ref()), error.event().kind().name(),
                error.event().modifiedAt(), FailureView.of(error.failure()), error.attempts(), error.failedAt(),
                error.status().name(), error.closure().map(c -> c.by()).orElse(null),
                error.closure().map(c -> c.at()).orElse(null), error.closure().map(c -> c.reason()).orElse(null));
    }

    record FailureView(String kind, String code, String message, List<String> fields, String correlationId) {

        static FailureView of(SyncFailure failure) {
            List<String> fields = failure instanceof SyncFailure.Permanent permanent ? permanent.fields() : List.of();
            return new FailureView(failure.getClass().getSimpleName(), failure.code(), failure.message(), fields,
                    failure.correlationId());
        }
    }
}
