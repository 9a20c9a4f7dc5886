package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.core.sync.MergePolicy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a merge in one CRM does to the id map. The merged-away record (the loser) is gone, but its person is not:
 * the person's link moves to the surviving record, and no record in the other CRM is deleted. When the survivor
 * already stands for another person, the loser's record in the other CRM joins that person if the survivor's person
 * has none there; if both people have one, the two records in the other CRM are merged too when the policy is
 * {@link MergePolicy#PROPAGATE} and they are of one object type (Salesforce merges Leads with Leads, Contacts with
 * Contacts), into the one linked to the survivor. Otherwise the loser is unlinked and the merge is reported
 * ({@code MERGE_CONFLICT}) for the admin to merge them in that CRM too. Each
 * outcome is an {@code IDENTITY} entry in the person's audit trail. A loser Leadbridge never linked changes nothing,
 * which also makes a redelivered merge, or the admin's retry of a reported one, a no-op.
 */
final class MergeHandling {

    static final String RULE = "identity:merged";

    private final IdMappingStore ids;
    private final AuditTrail audit;
    private final MergePolicy policy;
    private final Map<CrmSystem, PersonMerger> mergers = new EnumMap<>(CrmSystem.class);

    MergeHandling(IdMappingStore ids, AuditTrail audit, MergePolicy policy, List<PersonMerger> mergers) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
        mergers.forEach(m -> this.mergers.put(m.system(), m));
        if (policy == MergePolicy.PROPAGATE && this.mergers.size() < CrmSystem.values().length) {
            throw new IllegalArgumentException("propagating merges needs a merger for each CRM, got "
                    + this.mergers.keySet());
        }
    }

    /** @throws SyncFailureException {@code MERGE_CONFLICT} when the two people keep separate records in the other CRM */
    void apply(ExternalRef loser, ExternalRef survivor, Instant at) {
        Optional<PersonId> loserPerson = ids.find(loser);
        if (loserPerson.isEmpty()) {
            return;
        }
        Optional<PersonId> survivorPerson = ids.find(survivor);
        if (survivorPerson.isEmpty() || survivorPerson.equals(loserPerson)) {
            ids.link(loserPerson.get(), survivor);
            record(loserPerson.get(), survivor, at, loser + " was merged into " + survivor + "; the person's link"
                    + " moved to " + survivor + " and their other records are kept", "repointed", loser);
            return;
        }
        CrmSystem otherSystem = loser.system().other();
        Optional<ExternalRef> loserOther = ids.refIn(loserPerson.get(), otherSystem);
        Optional<ExternalRef> survivorOther = ids.refIn(survivorPerson.get(), otherSystem);
        if (loserOther.isPresent() && survivorOther.isPresent()) {
            boolean sameType = loserOther.get().objectType().equals(survivorOther.get().objectType());
            if (policy == MergePolicy.PROPAGATE && sameType) {
                mergers.get(otherSystem).merge(survivorOther.get(), loserOther.get());
                ids.unlink(loserOther.get());
                ids.unlink(loser);
                record(survivorPerson.get(), survivor, at, loser + " was merged into " + survivor + ", so "
                        + loserOther.get() + " was merged into " + survivorOther.get() + " (connector.sync.merges:"
                        + " propagate)", "propagated", loser);
                return;
            }
            ids.unlink(loser);
            String message = loser + " was merged into " + survivor + ", but they were linked to two records of "
                    + otherSystem + ": " + loserOther.get() + " and " + survivorOther.get() + ". Merge those in "
                    + otherSystem + " too (keep " + survivorOther.get() + ")"
                    + (policy == MergePolicy.PROPAGATE ? "; they are of different types, which " + otherSystem
                    + " cannot merge (convert the Lead first)" : "") + "; " + loser + " is unlinked, so a retry"
                    + " settles";
            record(loserPerson.get(), survivor, at, message, "MERGE_CONFLICT", loser);
            throw new SyncFailureException(new SyncFailure.Conflict("MERGE_CONFLICT", message, ""));
        }
        loserOther.ifPresent(other -> {
            ids.unlink(other);
            ids.link(survivorPerson.get(), other);
        });
        ids.unlink(loser);
        record(survivorPerson.get(), survivor, at, loser + " was merged into " + survivor + ", which already stood"
                + " for this person" + loserOther.map(o -> "; " + o + " joined them").orElse(""), "joined", loser);
    }

    private void record(PersonId person, ExternalRef survivor, Instant at, String reason, String outcome,
                        ExternalRef loser) {
        audit.record(List.of(AuditEntry.of(person, at, AuditKind.IDENTITY, RULE, reason).about(survivor)
                .with(Map.of("outcome", outcome, "mergedAway", loser.key()))));
    }
}
