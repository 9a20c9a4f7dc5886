package io.leadbridge.core.twoway;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.conflict.PersonSnapshotStore;
import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.echo.EchoCheck;
import io.leadbridge.core.echo.EchoSuppression;
import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.status.FunnelStatusSync;
import io.leadbridge.core.status.StatusDecision;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.SyncPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one incoming change of a person for two-way sync (pipeline stage 5), and remembers what it must once
 * the change is settled. Only what changed in the source record since it was last seen is synced: fields that
 * are unchanged, that are echoes of our own writes, that hold another value in a version older than our write's
 * (by the CRM's own times, see {@link EchoSuppression}), or whose value the target already holds are skipped, each
 * with its reason. A change left with nothing of its own is an echo and plans no write; it does not move the
 * record's last-change time either, so our writes never make a side look newer for newest-wins.
 *
 * <p>With a funnel-status table, a record's own change of its status values ({@code lifecycleStage},
 * {@code leadStatus}) is decided by {@link FunnelStatusSync} from the person's stage, which the HubSpot side's values
 * show best (lifecycle stage and lead status together), else the Salesforce side's; the other CRM's values it names
 * join the plan as writes of the status fields that CRM maps, unless the target already holds them.
 *
 * <p>Call {@link #plan}, write the plan's changes, then {@link #settle} once the write succeeded (or at once when
 * the plan writes nothing). A failed write is not settled, so a retry plans the same change again.
 */
public final class TwoWayChangePlanner {

    private static final Set<PersonField> STATUS_FIELDS = EnumSet.of(PersonField.LIFECYCLE_STAGE,
            PersonField.LEAD_STATUS);

    private final TwoWayFieldPlanner fields;
    private final PersonSnapshotStore snapshots;
    private final OwnWriteStore ownWrites;
    private final EchoSuppression echoSuppression;
    private final Optional<FunnelStatusSync> statuses;

    /** Without a funnel-status table: status fields are never synced. */
    public TwoWayChangePlanner(TwoWayFieldPlanner fields, PersonSnapshotStore snapshots, OwnWriteStore ownWrites) {
        this(fields, snapshots, ownWrites, Optional.empty());
    }

    /** With the funnel-status table: status changes are translated into the other CRM's values. */
    public TwoWayChangePlanner(TwoWayFieldPlanner fields, PersonSnapshotStore snapshots, OwnWriteStore ownWrites,
                               FunnelStatusSync statuses) {
        this(fields, snapshots, ownWrites, Optional.of(statuses));
    }

    private TwoWayChangePlanner(TwoWayFieldPlanner fields, PersonSnapshotStore snapshots, OwnWriteStore ownWrites,
                                Optional<FunnelStatusSync> statuses) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.ownWrites = Objects.requireNonNull(ownWrites, "ownWrites");
        this.echoSuppression = new EchoSuppression(ownWrites);
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    /**
     * @param source     the changed record
     * @param modifiedAt the CRM's time of this version
     * @param incoming   the record's fields after the change
     * @param target     the person's record in the other CRM, when the id map knows it
     */
    public TwoWayPlan plan(ExternalRef source, Instant modifiedAt, Person incoming, Optional<ExternalRef> target) {
        return plan(source, new Version(modifiedAt, Optional.empty()), incoming, target);
    }

    /** As above, for a version read at a known time ({@link Version#readAt}). */
    public TwoWayPlan plan(ExternalRef source, Version version, Person incoming, Optional<ExternalRef> target) {
        if (target.isPresent() && target.get().system() != source.system().other()) {
            throw new IllegalArgumentException("target must be a " + source.system().other() + " record, was "
                    + target.get());
        }
        Optional<PersonSnapshot> otherSide = target.flatMap(snapshots::find);
        return plan(source, version, incoming, target, otherSide.map(PersonSnapshot::person),
                otherSide.map(PersonSnapshot::changedAt));
    }

    /**
     * A version of a record as the planner needs it.
     *
     * @param modifiedAt the CRM's time of this version
     * @param readAt     when Leadbridge read it, in its own clock, when known: writes Leadbridge sent to the record
     *                   after that time are newer than this version
     */
    public record Version(Instant modifiedAt, Optional<Instant> readAt) {
        public Version {
            Objects.requireNonNull(modifiedAt, "modifiedAt");
            Objects.requireNonNull(readAt, "readAt");
        }
    }

    /**
     * Plans a change whose person identity resolution matched to an existing record of the other CRM by email.
     * Until Leadbridge has seen that record's own changes, its last-modified time stands for its last change, so
     * an older change does not overwrite newer values there under newest-wins; unless an unsettled write of this
     * record's earlier change aimed at it ({@link OwnWriteStore#intendedBy}): that time may then be our own write's,
     * and the other side's last change counts as unknown.
     */
    public TwoWayPlan planMatched(ExternalRef source, Instant modifiedAt, Person incoming, PersonCandidate match) {
        return planMatched(source, new Version(modifiedAt, Optional.empty()), incoming, match);
    }

    /** As above, for a version read at a known time. */
    public TwoWayPlan planMatched(ExternalRef source, Version version, Person incoming, PersonCandidate match) {
        ExternalRef target = match.ref();
        if (target.system() != source.system().other()) {
            throw new IllegalArgumentException("target must be a " + source.system().other() + " record, was "
                    + target);
        }
        Optional<PersonSnapshot> seen = snapshots.find(target);
        if (seen.isPresent()) {
            return plan(source, version, incoming, Optional.of(target));
        }
        Optional<String> email = incoming.get(PersonField.EMAIL);
        if (ownWrites.intendedBy(source).stream().anyMatch(intent -> intent.towards(target, email))) {
            // An earlier attempt of this record's change wrote to the match and was never settled: its
            // last-modified time may be that write's, which must not make this change look older.
            return plan(source, version, incoming, Optional.of(target), Optional.empty(), Optional.empty());
        }
        return plan(source, version, incoming, Optional.of(target), Optional.empty(),
                Optional.of(match.lastModifiedAt()));
    }

    /**
     * Plans a change whose person identity resolution found in no record of the other CRM: the write creates one,
     * so the other side's values are known to be blank (a prefer-other-side-unless-blank field is filled).
     */
    public TwoWayPlan planCreate(ExternalRef source, Instant modifiedAt, Person incoming) {
        return planCreate(source, new Version(modifiedAt, Optional.empty()), incoming);
    }

    /** As above, for a version read at a known time. */
    public TwoWayPlan planCreate(ExternalRef source, Version version, Person incoming) {
        return plan(source, version, incoming, Optional.empty(), Optional.of(Person.of(Map.of())),
                Optional.of(PersonSnapshot.NO_OWN_CHANGE));
    }

    private TwoWayPlan plan(ExternalRef source, Version version, Person incoming, Optional<ExternalRef> target,
                            Optional<Person> otherValues, Optional<Instant> otherChangedAt) {
        Instant modifiedAt = version.modifiedAt();
        Optional<PersonSnapshot> previous = snapshots.find(source);
        EchoCheck echoes = echoSuppression.check(source, modifiedAt, version.readAt(), incoming);
        Set<PersonField> ownChanges = changedSince(previous, incoming);
        ownChanges.removeAll(echoes.notOwn().keySet());
        Map<PersonField, OwnWrite> writtenToTarget = target.map(ownWrites::lastWritten).orElse(Map.of());

        SyncPlan planned = fields.plan(source.system(), incoming, modifiedAt, previous.map(PersonSnapshot::person),
                otherValues, otherChangedAt);
        Optional<StatusDecision> status = statusChange(source, modifiedAt, previous, incoming, otherValues,
                ownChanges);
        List<FieldDecision> decisions = new ArrayList<>();
        for (FieldDecision d : planned.decisions()) {
            if (status.isEmpty() || !STATUS_FIELDS.contains(d.field())) {
                decisions.add(narrow(d, source, echoes, ownChanges, target, otherValues, writtenToTarget));
            }
        }
        status.ifPresent(decision -> decisions.addAll(statusWrites(source, decision, target, otherValues,
                writtenToTarget)));
        boolean echo = ownChanges.isEmpty();
        Instant changedAt = ownChanges.stream().anyMatch(fields::isNewestWins) ? modifiedAt
                : previous.map(PersonSnapshot::changedAt).orElse(PersonSnapshot.NO_OWN_CHANGE);
        return new TwoWayPlan(source, new SyncPlan(decisions), echo, new PersonSnapshot(source, incoming, changedAt),
                echoes, status);
    }

    /**
     * What the status table makes of the record's own status change; empty without a table, or when neither
     * status field changed (echoes of our writes do not count).
     */
    private Optional<StatusDecision> statusChange(ExternalRef source, Instant modifiedAt,
                                                  Optional<PersonSnapshot> previous, Person incoming,
                                                  Optional<Person> otherValues, Set<PersonField> ownChanges) {
        if (statuses.isEmpty() || Collections.disjoint(ownChanges, STATUS_FIELDS)) {
            return Optional.empty();
        }
        FunnelStatusSync table = statuses.get();
        Optional<Person> before = previous.map(PersonSnapshot::person);
        Optional<Person> hubspotSide = source.system() == CrmSystem.HUBSPOT ? before : otherValues;
        Optional<Person> salesforceSide = source.system() == CrmSystem.HUBSPOT ? otherValues : before;
        Optional<FunnelStage> current = hubspotSide.flatMap(p -> table.stageOf(CrmSystem.HUBSPOT, p))
                .or(() -> salesforceSide.flatMap(p -> table.stageOf(CrmSystem.SALESFORCE, p)));
        return Optional.of(table.from(source.system(), incoming, current, modifiedAt, source.toString()));
    }

    /** The other CRM's status values the decision names, for the status fields that CRM maps. */
    private List<FieldDecision> statusWrites(ExternalRef source, StatusDecision status, Optional<ExternalRef> target,
                                             Optional<Person> otherValues,
                                             Map<PersonField, OwnWrite> writtenToTarget) {
        CrmSystem to = source.system().other();
        List<FieldDecision> writes = new ArrayList<>();
        status.changes().forEach((field, value) -> {
            if (!fields.mappedIn(field, to)) {
                return;
            }
            if (targetHolds(field, value, otherValues, writtenToTarget)) {
                writes.add(skip(field, "already there: " + target.map(ExternalRef::toString)
                        .orElse("the other record") + " already holds this status value"));
            } else {
                writes.add(new FieldDecision(field, FieldDecision.Action.WRITE, value, status.reason()));
            }
        });
        return writes;
    }

    /**
     * Remembers the values about to be written, before the writes are sent, so that their read-back is recognised
     * as ours even when the process dies before {@link #settle}.
     */
    public void intend(List<PersonWrite> writes, Instant at) {
        List<IntendedWrite> intended = new ArrayList<>();
        writes.forEach(w -> intended.addAll(IntendedWrite.of(w.source(), w.target(), w.changes(), at)));
        if (!intended.isEmpty()) {
            ownWrites.intend(intended);
        }
    }

    /**
     * Remembers a settled change: the source record's snapshot, the end of overwritten echo memory, and what we
     * wrote to the target.
     *
     * @param writtenTo the record the plan's changes were written to; empty when nothing was written
     * @param writtenAt when the write succeeded, in Leadbridge's clock
     */
    public void settle(TwoWayPlan plan, Optional<ExternalRef> writtenTo, Instant writtenAt) {
        settle(plan, writtenTo, plan.plan().changes(), writtenAt, Optional.empty());
    }

    /**
     * As {@link #settle(TwoWayPlan, Optional, Instant)}, for a write that carried more than the plan's changes (a
     * create carries the person's email even when the ownership rules keep email one-way): everything written is
     * remembered as our own, so the created record's first read-back is recognised as an echo and does not count
     * as a change of its own (which would make newest-wins drop an older edit still on its way from the source).
     *
     * @param written          every field value the write sent to {@code writtenTo}
     * @param writtenVersionAt the CRM's modification time of the version the write produced, when it returned one:
     *                         versions of {@code writtenTo} older than it are then recognised as predating the write
     */
    public void settle(TwoWayPlan plan, Optional<ExternalRef> writtenTo, Map<PersonField, String> written,
                       Instant writtenAt, Optional<Instant> writtenVersionAt) {
        settle(plan, Optional.empty(), writtenTo, written, writtenAt, writtenVersionAt);
    }

    /**
     * As above, also ending the source's {@link #intend intended} writes: what an earlier, unsettled attempt
     * intended becomes our last write to the record the change resolved to ({@code resolvedTarget}, or the record
     * written), since that attempt may have landed there.
     */
    public void settle(TwoWayPlan plan, Optional<ExternalRef> resolvedTarget, Optional<ExternalRef> writtenTo,
                       Map<PersonField, String> written, Instant writtenAt, Optional<Instant> writtenVersionAt) {
        if (writtenTo.isPresent() == plan.writesNothing()) {
            throw new IllegalArgumentException(plan.writesNothing() ? "a plan that writes nothing has no written record"
                    : "a plan that writes needs its written record");
        }
        snapshots.remember(plan.snapshot());
        echoSuppression.settle(plan.source(), plan.echoes());
        if (writtenTo.isPresent()) {
            ownWrites.settleWrite(plan.source(), writtenTo.get(), written, writtenAt, writtenVersionAt);
        } else {
            ownWrites.settleIntents(plan.source(), resolvedTarget);
        }
    }

    private static Set<PersonField> changedSince(Optional<PersonSnapshot> previous, Person incoming) {
        Set<PersonField> changed = EnumSet.noneOf(PersonField.class);
        Map<PersonField, String> before = previous.map(s -> s.person().values()).orElse(Map.of());
        for (PersonField field : PersonField.values()) {
            if (!Objects.equals(before.get(field), incoming.values().get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static FieldDecision narrow(FieldDecision decision, ExternalRef source, EchoCheck echoes,
                                        Set<PersonField> ownChanges, Optional<ExternalRef> target,
                                        Optional<Person> otherValues, Map<PersonField, OwnWrite> writtenToTarget) {
        PersonField field = decision.field();
        if (decision.action() == FieldDecision.Action.SKIP) {
            return decision;
        }
        String notOwn = echoes.notOwn().get(field);
        if (notOwn != null) {
            return skip(field, notOwn);
        }
        if (!ownChanges.contains(field)) {
            return skip(field, "unchanged: " + field.key() + " has not changed in " + source.system()
                    + " since Leadbridge last saw " + source);
        }
        if (targetHolds(field, decision.value(), otherValues, writtenToTarget)) {
            return skip(field, "already there: " + target.map(ExternalRef::toString).orElse("the other record")
                    + " already holds this value");
        }
        return decision;
    }

    private static boolean targetHolds(PersonField field, String value, Optional<Person> otherValues,
                                       Map<PersonField, OwnWrite> writtenToTarget) {
        OwnWrite ours = writtenToTarget.get(field);
        if (ours != null) {
            return ours.fingerprint().matches(value);
        }
        return otherValues.map(p -> p.get(field).orElse("").equals(value)).orElse(false);
    }

    private static FieldDecision skip(PersonField field, String reason) {
        return new FieldDecision(field, FieldDecision.Action.SKIP, "", reason);
    }
}
