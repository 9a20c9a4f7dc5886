package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.sync.DeletePolicy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deleted record does to its person, by the configured {@link DeletePolicy}: with {@code PROPAGATE} the
 * person's record in the other CRM is deleted first; then both records are unlinked, so a later record with the
 * person's email is matched anew and an old update of the deleted record links nothing. The outcome goes to the
 * person's audit trail. A record Leadbridge never linked changes nothing.
 */
public final class DeleteHandling {

    private final IdMappingStore ids;
    private final DeletePolicy policy;
    private final Map<CrmSystem, PersonDeleter> deleters = new EnumMap<>(CrmSystem.class);
    private final AuditTrail audit;

    public DeleteHandling(IdMappingStore ids, DeletePolicy policy, List<PersonDeleter> deleters, AuditTrail audit) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.policy = Objects.requireNonNull(policy, "policy");
        deleters.forEach(d -> this.deleters.put(d.system(), d));
        this.audit = Objects.requireNonNull(audit, "audit");
        if (policy == DeletePolicy.PROPAGATE && this.deleters.size() < CrmSystem.values().length) {
            throw new IllegalArgumentException("propagating deletes needs a deleter for each CRM, got "
                    + this.deleters.keySet());
        }
    }

    /**
     * @param deleted the record deleted in its CRM
     * @throws io.leadbridge.core.failure.SyncFailureException when the propagated delete fails; nothing is unlinked
     */
    void apply(ExternalRef deleted, Instant at) {
        Optional<PersonId> person = ids.find(deleted);
        if (person.isEmpty()) {
            return;
        }
        Optional<ExternalRef> other = ids.refIn(person.get(), deleted.system().other());
        String reason;
        if (other.isPresent() && policy == DeletePolicy.PROPAGATE) {
            deleters.get(other.get().system()).delete(other.get());
            reason = deleted + " was deleted, so " + other.get() + " was deleted too (connector.sync.deletes: "
                    + "propagate)";
        } else {
            reason = deleted + " was deleted" + other.map(o -> "; " + o + " is left as it is (connector.sync.deletes:"
                    + " ignore)").orElse("") + "; the records are unlinked";
        }
        other.ifPresent(ids::unlink);
        ids.unlink(deleted);
        audit.record(List.of(AuditEntry.of(person.get(), at, AuditKind.WRITE,
                "deletes:" + policy.name().toLowerCase(Locale.ROOT), reason).about(deleted)));
    }
}
