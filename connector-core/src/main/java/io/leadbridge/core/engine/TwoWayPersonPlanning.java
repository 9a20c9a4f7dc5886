package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.IdentityResolution;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.identity.KnownPeople;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.status.StatusDecision;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import io.leadbridge.core.twoway.TwoWayPlan;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two-way planning: resolve the person's record in the other CRM ({@link IdentityResolver}: id map, else email),
 * then plan only the record's own changes ({@link TwoWayChangePlanner}: no echoes of our writes, no values the
 * target already holds). Settling links both records to the person, remembers the snapshot and our write, and
 * records an email match in the person's audit trail ({@link AuditKind#IDENTITY}, naming every record that holds
 * the email when there are several). An identity conflict fails as {@link SyncFailure.Conflict} and creates
 * nothing; a record that duplicates the email of the record standing for its person fails as
 * {@link SyncFailure.Permanent} {@value #DUPLICATE_EMAIL}, naming the records, and is neither linked nor synced.
 * A Contact a linked Lead was converted into takes the Lead's place in the id map when it settles (audited as
 * {@code identity:lead-converted}); the converted Lead's own later changes settle without a write.
 * Settling a write also records its field decisions and the write in the person's {@link AuditTrail}; settling a
 * record's own status change records what the funnel-status table made of it ({@link AuditKind#STATUS}), written
 * or refused. An owner the target CRM has no user for is left out of the write ({@link PersonOwners}) and reported
 * once the change is settled.
 */
final class TwoWayPersonPlanning implements PersonPlanning {

    /** The error and audit code of a record whose email other records of its CRM hold too. */
    static final String DUPLICATE_EMAIL = "DUPLICATE_EMAIL";
    /** The audit rule prefix of funnel-status decisions; the stage the person is in follows it. */
    static final String STATUS_RULE = "status-table:";

    private static final Logger log = LoggerFactory.getLogger(TwoWayPersonPlanning.class);
    /** A converted Lead's change: its Contact stands for the person, so nothing is linked or remembered. */
    private static final Settlement NOTHING_TO_REMEMBER = (written, at) -> { };

    private final IdMappingStore ids;
    private final IdentityResolver identity;
    private final TwoWayChangePlanner planner;
    private final AuditTrail audit;
    private final PersonOwners owners;
    private final BiConsumer<ChangeEvent, SyncFailure> ownerReports;

    TwoWayPersonPlanning(IdMappingStore ids, IdentityResolver identity, TwoWayChangePlanner planner,
                         AuditTrail audit) {
        this(ids, identity, planner, audit, PersonOwners.NONE, (event, failure) -> { });
    }

    /** @param ownerReports where an owner left out of a settled change is reported (the error queue) */
    TwoWayPersonPlanning(IdMappingStore ids, IdentityResolver identity, TwoWayChangePlanner planner,
                         AuditTrail audit, PersonOwners owners, BiConsumer<ChangeEvent, SyncFailure> ownerReports) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.owners = Objects.requireNonNull(owners, "owners");
        this.ownerReports = Objects.requireNonNull(ownerReports, "ownerReports");
    }

    @Override
    public KnownPeople lookAhead(List<ChangeEvent> events) {
        Map<ExternalRef, Optional<String>> emails = new LinkedHashMap<>();
        events.forEach(event -> event.person().ifPresent(p -> emails.put(event.ref(), p.get(PersonField.EMAIL))));
        return identity.lookAhead(emails);
    }

    @Override
    public void intend(List<PersonWrite> writes, Instant at) {
        planner.intend(writes, at);
    }

    @Override
    public Planned plan(ChangeEvent event, KnownPeople known) {
        return plan(event, Optional.empty(), ids::personFor, true, known).planned();
    }

    @Override
    public Planned plan(ChangeEvent event, Optional<Instant> readAt, KnownPeople known) {
        return plan(event, readAt, ids::personFor, true, known).planned();
    }

    /**
     * Plans the change as {@link #plan} does but stores nothing: a person the id map does not know yet gets a
     * fresh id that is not linked. For a dry run; never settle what it returns.
     */
    Preview preview(ChangeEvent event) {
        return plan(event, Optional.empty(), ref -> ids.find(ref).orElseGet(PersonId::newId), false, KnownPeople.NONE);
    }

    /**
     * A plan with the decisions behind it, for a dry run; no two-way plan when the record is superseded (a converted
     * Lead whose Contact stands for the person) and settles without a write.
     */
    record Preview(Planned planned, PersonId person, Optional<ExternalRef> target, Optional<TwoWayPlan> plan) {
    }

    /**
     * @param personOfLinks whether {@code personOf} links the record it is given to the person it returns (the id map's
     *                      {@code personFor}), so settling need not link it again
     */
    private Preview plan(ChangeEvent event, Optional<Instant> readAt, Function<ExternalRef, PersonId> personOf,
                         boolean personOfLinks, KnownPeople known) {
        ExternalRef source = event.ref();
        TwoWayChangePlanner.Version version = new TwoWayChangePlanner.Version(event.modifiedAt(), readAt);
        Person incoming = event.person().orElseThrow();
        IdentityResolution resolution = identity.resolve(source, incoming.get(PersonField.EMAIL), known);
        TwoWayPlan plan;
        Optional<ExternalRef> target;
        PersonId person;
        Set<ExternalRef> linkedAlready;
        if (resolution instanceof IdentityResolution.Linked linked) {
            target = Optional.of(linked.target());
            person = personOf.apply(source);
            linkedAlready = Set.of(source, linked.target());
            plan = planner.plan(source, version, incoming, target);
        } else if (resolution instanceof IdentityResolution.Matched matched) {
            target = Optional.of(matched.target());
            person = matched.existingPerson().orElseGet(() -> personOf.apply(source));
            linkedAlready = personOfLinks && matched.existingPerson().isEmpty() ? Set.of(source) : Set.of();
            plan = planner.planMatched(source, version, incoming, matched.candidates().get(0));
            if (matched.ambiguous()) {
                log.warn("Identity of {}: {}", source, matched.reason());
            }
        } else if (resolution instanceof IdentityResolution.Converted converted) {
            target = Optional.of(converted.target());
            person = converted.person();
            linkedAlready = Set.of();
            plan = planner.plan(source, version, incoming, target);
        } else if (resolution instanceof IdentityResolution.Superseded) {
            log.info("Identity of {}: {}", source, resolution.reason());
            return new Preview(new Planned(Optional.empty(), NOTHING_TO_REMEMBER),
                    ids.find(source).orElseGet(PersonId::newId), Optional.empty(), Optional.empty());
        } else if (resolution instanceof IdentityResolution.Duplicate) {
            throw new SyncFailureException(new SyncFailure.Permanent(DUPLICATE_EMAIL, resolution.reason(), "",
                    List.of()));
        } else if (resolution instanceof IdentityResolution.NoMatch) {
            target = Optional.empty();
            person = personOf.apply(source);
            linkedAlready = personOfLinks ? Set.of(source) : Set.of();
            plan = planner.planCreate(source, version, incoming);
        } else {
            throw new SyncFailureException(new SyncFailure.Conflict("IDENTITY_CONFLICT", resolution.reason(), ""));
        }
        PersonOwners.Checked owner = owners.check(source, plan.plan());
        plan = new TwoWayPlan(plan.source(), owner.plan(), plan.echo(), plan.snapshot(), plan.echoes(),
                plan.status());
        TwoWayPlan settledPlan = plan;
        Map<PersonField, String> written = changes(plan, target, incoming);
        Settlement settlement = (result, at) -> {
            Optional<ExternalRef> writtenTo = result.map(WriteResult.Written::target);
            Stream.concat(Stream.of(source), writtenTo.or(() -> target).stream())
                    .filter(ref -> !linkedAlready.contains(ref))
                    .forEach(ref -> ids.link(person, ref));
            planner.settle(settledPlan, target, writtenTo, written, at,
                    result.flatMap(WriteResult.Written::modifiedAt));
            owner.notFound().ifPresent(failure -> ownerReports.accept(event, failure));
            if (resolution instanceof IdentityResolution.Matched matched) {
                audit.record(List.of(matchEntry(person, source, matched, at)));
            } else if (resolution instanceof IdentityResolution.Converted converted) {
                audit.record(List.of(AuditEntry.of(person, at, AuditKind.IDENTITY, "identity:lead-converted",
                        converted.reason()).about(source).with(Map.of("lead", converted.lead().key()))));
            }
            settledPlan.status().ifPresent(status -> audit.record(List.of(statusEntry(person, source, status, at))));
            writtenTo.ifPresent(ref -> audit.record(SettledWriteAudit.entries(person, source, target, ref,
                    settledPlan.plan(), at)));
        };
        if (plan.writesNothing()) {
            return new Preview(new Planned(Optional.empty(), settlement), person, target, Optional.of(plan));
        }
        return new Preview(new Planned(Optional.of(new PersonWrite(person, source, target, written,
                event.dedupKey())), settlement), person, target, Optional.of(plan));
    }

    /**
     * What the funnel-status table made of a record's status change, under rule {@code status-table:<stage>}
     * ({@code status-table:unmapped} when the stage is unknown): a move, a refused move or a value that changes
     * nothing, with the reason.
     */
    private static AuditEntry statusEntry(PersonId person, ExternalRef source, StatusDecision status, Instant at) {
        Map<String, String> details = new LinkedHashMap<>();
        status.transition().ifPresent(move -> {
            details.put("from", move.from().name());
            details.put("to", move.to().name());
        });
        status.changes().forEach((field, value) -> details.put(field.key(), value));
        return AuditEntry.of(person, at, AuditKind.STATUS, STATUS_RULE + status.stage().map(Enum::name)
                .orElse("unmapped"), status.reason()).about(source).with(details);
    }

    /** The email match that linked the person, naming every record that holds the email when there are several. */
    private static AuditEntry matchEntry(PersonId person, ExternalRef source, IdentityResolution.Matched matched,
                                         Instant at) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("source", source.key());
        details.put("picked", matched.target().key());
        if (matched.ambiguous()) {
            details.put("code", DUPLICATE_EMAIL);
            details.put("others", matched.others().stream().map(ExternalRef::key).collect(Collectors.joining(", ")));
        }
        String rule = matched.ambiguous() ? "identity:duplicate-email" : "identity:email-match";
        return AuditEntry.of(person, at, AuditKind.IDENTITY, rule, matched.reason()).about(matched.target())
                .with(details);
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
