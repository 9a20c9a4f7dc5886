package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.IdentityResolution;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import io.leadbridge.core.twoway.TwoWayPlan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two-way planning: resolve the person's record in the other CRM ({@link IdentityResolver}: id map, else email),
 * then plan only the record's own changes ({@link TwoWayChangePlanner}: no echoes of our writes, no values the
 * target already holds). Settling links both records to the person and remembers the snapshot and our write.
 * An identity conflict fails as {@link SyncFailure.Conflict} and creates nothing; a person whose Salesforce record
 * is a Contact fails as {@link SyncFailure.Permanent} (only Leads are written so far), never creating a Lead.
 * Settling a write also records its field decisions and the write in the person's {@link AuditTrail}.
 */
final class TwoWayPersonPlanning implements PersonPlanning {

    private static final Logger log = LoggerFactory.getLogger(TwoWayPersonPlanning.class);

    private final IdMappingStore ids;
    private final IdentityResolver identity;
    private final TwoWayChangePlanner planner;
    private final AuditTrail audit;

    TwoWayPersonPlanning(IdMappingStore ids, IdentityResolver identity, TwoWayChangePlanner planner,
                         AuditTrail audit) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Planned plan(ChangeEvent event) {
        return plan(event, ids::personFor).planned();
    }

    /**
     * Plans the change as {@link #plan} does but stores nothing: a person the id map does not know yet gets a
     * fresh id that is not linked. For a dry run; never settle what it returns.
     */
    Preview preview(ChangeEvent event) {
        return plan(event, ref -> ids.find(ref).orElseGet(PersonId::newId));
    }

    /** A plan with the decisions behind it, for a dry run. */
    record Preview(Planned planned, PersonId person, Optional<ExternalRef> target, TwoWayPlan plan) {
    }

    private Preview plan(ChangeEvent event, Function<ExternalRef, PersonId> personOf) {
        ExternalRef source = event.ref();
        Person incoming = event.person().orElseThrow();
        IdentityResolution resolution = identity.resolve(source, incoming.get(PersonField.EMAIL));
        TwoWayPlan plan;
        Optional<ExternalRef> target;
        PersonId person;
        if (resolution instanceof IdentityResolution.Linked linked) {
            target = Optional.of(linked.target());
            person = personOf.apply(source);
            plan = planner.plan(source, event.modifiedAt(), incoming, target);
        } else if (resolution instanceof IdentityResolution.Matched matched) {
            target = Optional.of(matched.target());
            person = matched.existingPerson().orElseGet(() -> personOf.apply(source));
            plan = planner.planMatched(source, event.modifiedAt(), incoming, matched.candidates().get(0));
            if (matched.ambiguous()) {
                log.warn("Identity of {}: {}", source, matched.reason());
            }
        } else if (resolution instanceof IdentityResolution.NoMatch) {
            target = Optional.empty();
            person = personOf.apply(source);
            plan = planner.planCreate(source, event.modifiedAt(), incoming);
        } else {
            throw new SyncFailureException(new SyncFailure.Conflict("IDENTITY_CONFLICT", resolution.reason(), ""));
        }
        if (target.filter(TwoWayPersonPlanning::isSalesforceContact).isPresent()) {
            throw new SyncFailureException(new SyncFailure.Permanent("CONTACT_TARGET_NOT_SUPPORTED", source
                    + " belongs to Salesforce Contact " + target.get().id() + " (" + resolution.reason() + "); people"
                    + " sync writes Salesforce Leads only, so nothing is written and no Lead is created", "",
                    List.of()));
        }
        TwoWayPlan settledPlan = plan;
        Settlement settlement = (writtenTo, at) -> {
            ids.link(person, source);
            writtenTo.or(() -> target).ifPresent(ref -> ids.link(person, ref));
            planner.settle(settledPlan, writtenTo, at);
            writtenTo.ifPresent(ref -> audit.record(SettledWriteAudit.entries(person, source, target, ref,
                    settledPlan.plan(), at)));
        };
        if (plan.writesNothing()) {
            return new Preview(new Planned(Optional.empty(), settlement), person, target, plan);
        }
        return new Preview(new Planned(Optional.of(new PersonWrite(person, source, target,
                changes(plan, target, incoming), event.dedupKey())), settlement), person, target, plan);
    }

    private static boolean isSalesforceContact(ExternalRef ref) {
        return ref.system() == CrmSystem.SALESFORCE && "Contact".equals(ref.objectType());
    }

    /**
     * The planned changes; a create also carries the person's email when ownership kept it out of the plan, since
     * the new record is blank and the sink creates it by email (upserting on it, so a retry never duplicates it).
     */
    private static Map<PersonField, String> changes(TwoWayPlan plan, Optional<ExternalRef> target, Person incoming) {
        Map<PersonField, String> changes = new EnumMap<>(PersonField.class);
        changes.putAll(plan.plan().changes());
        if (target.isEmpty()) {
            incoming.get(PersonField.EMAIL).ifPresent(email -> changes.putIfAbsent(PersonField.EMAIL, email));
        }
        return changes;
    }
}
