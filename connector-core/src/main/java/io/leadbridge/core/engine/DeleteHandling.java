package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.DeletePolicy;
import io.leadbridge.core.sync.MergePolicy;
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
 *
 * <p>A Salesforce Contact is never deleted by propagation: it hangs off an Account with its opportunities and
 * activity history, so deleting it is a sales decision; it is unlinked, as with {@code IGNORE}. A delete that is a
 * merge ({@link ChangeEvent#mergedInto()}) deletes nothing: {@link MergeHandling} moves the person's link instead.
 */
public final class DeleteHandling {

    private static final String SALESFORCE_CONTACT = "Contact";

    private final IdMappingStore ids;
    private final DeletePolicy policy;
    private final Map<CrmSystem, PersonDeleter> deleters = new EnumMap<>(CrmSystem.class);
    private final AuditTrail audit;
    private final MergeHandling merges;

    /** Merges that meet two people with records in both CRMs are reported ({@link MergePolicy#REPORT}). */
    public DeleteHandling(IdMappingStore ids, DeletePolicy policy, List<PersonDeleter> deleters, AuditTrail audit) {
        this(ids, policy, deleters, audit, MergePolicy.REPORT, List.of());
    }

    /** @param mergers one per CRM when {@code merges} is {@link MergePolicy#PROPAGATE} */
    public DeleteHandling(IdMappingStore ids, DeletePolicy policy, List<PersonDeleter> deleters, AuditTrail audit,
                          MergePolicy merges, List<PersonMerger> mergers) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.policy = Objects.requireNonNull(policy, "policy");
        deleters.forEach(d -> this.deleters.put(d.system(), d));
        this.audit = Objects.requireNonNull(audit, "audit");
        this.merges = new MergeHandling(ids, audit, merges, mergers);
        if (policy == DeletePolicy.PROPAGATE && this.deleters.size() < CrmSystem.values().length) {
            throw new IllegalArgumentException("propagating deletes needs a deleter for each CRM, got "
                    + this.deleters.keySet());
        }
    }

    /**
     * @param deletion a {@code DELETE} change, possibly a merge
     * @throws io.leadbridge.core.failure.SyncFailureException when the propagated delete fails (nothing is unlinked)
     *                                                         or a merge is reported
     */
    void apply(ChangeEvent deletion, Instant at) {
        if (deletion.mergedInto().isPresent()) {
            merges.apply(deletion.ref(), deletion.mergedInto().get(), at);
        } else {
            delete(deletion.ref(), at);
        }
    }

    /**
     * @param deleted the record deleted in its CRM
     * @throws io.leadbridge.core.failure.SyncFailureException when the propagated delete fails; nothing is unlinked
     */
    private void delete(ExternalRef deleted, Instant at) {
        Optional<PersonId> person = ids.find(deleted);
        if (person.isEmpty()) {
            return;
        }
        Optional<ExternalRef> other = ids.refIn(person.get(), deleted.system().other());
        String reason;
        if (other.isPresent() && policy == DeletePolicy.PROPAGATE && isSalesforceContact(other.get())) {
            reason = deleted + " was deleted; " + other.get() + " is a Salesforce Contact, which a propagated delete"
                    + " never removes (connector.sync.deletes: propagate); the records are unlinked";
        } else if (other.isPresent() && policy == DeletePolicy.PROPAGATE) {
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

    private static boolean isSalesforceContact(ExternalRef ref) {
        return ref.system() == CrmSystem.SALESFORCE && SALESFORCE_CONTACT.equals(ref.objectType());
    }
}
