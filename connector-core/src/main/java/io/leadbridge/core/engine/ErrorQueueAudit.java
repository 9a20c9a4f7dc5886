package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.SyncError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records an admin's action on an error in the person's audit trail ({@link AuditKind#ERROR}, rule
 * {@code error-queue:<action>}), when the failed record belongs to a known person; a record the id map does not
 * know yet has no timeline to write to.
 */
final class ErrorQueueAudit {

    private final IdMappingStore ids;
    private final AuditTrail audit;

    ErrorQueueAudit(IdMappingStore ids, AuditTrail audit) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    void record(SyncError error, String action, String reason, Instant at) {
        ids.find(error.event().ref()).ifPresent(person -> audit.record(List.of(AuditEntry.of(person, at,
                        AuditKind.ERROR, "error-queue:" + action, reason)
                .about(error.event().ref())
                .with(Map.of("error", String.valueOf(error.id()), "code", error.failure().code())))));
    }
}
