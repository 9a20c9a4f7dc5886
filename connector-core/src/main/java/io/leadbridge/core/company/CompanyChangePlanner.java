package io.leadbridge.core.company;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.FieldDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one incoming company change for two-way sync the way {@link io.leadbridge.core.twoway.TwoWayChangePlanner}
 * plans people (ADR 0007): only fields that changed in the source since Leadbridge last saw it are synced; echoes
 * of our own writes, values a version read before our write to the record holds in the fields that write replaced
 * (the people rule of {@link io.leadbridge.core.echo.EchoSuppression}), unchanged fields and values the target
 * already holds are skipped, each with its reason. A
 * change with nothing of its own does not move the record's last-change time, so our writes never make a side look
 * newer for newest-wins. Call {@link #intend} with the writes about to be sent, before they are sent (ADR 0032),
 * and {@link #settle} only once the write succeeded (or at once when nothing is written).
 */
public final class CompanyChangePlanner {

    private final CompanyFieldPlanner fields;
    private final CompanySnapshotStore snapshots;
    private final CompanyOwnWrites ownWrites;

    public CompanyChangePlanner(CompanyFieldPlanner fields, CompanySnapshotStore snapshots,
                                CompanyOwnWrites ownWrites) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.ownWrites = Objects.requireNonNull(ownWrites, "ownWrites");
    }

    /**
     * Plans a change of a company linked to {@code target} in the id map.
     *
     * @param readAt when Leadbridge read this version, in its own clock: a field Leadbridge wrote to the record
     *               after that time holds, in this version, what the write replaced, which is not synced back
     */
    public CompanyChangePlan planLinked(CompanyChange change, Instant readAt, ExternalRef target) {
        Optional<CompanySnapshot> otherSide = snapshots.find(target);
        return plan(change, readAt, Optional.of(target), otherSide.map(s -> CompanyField.valuesOf(s.company())),
                otherSide.map(CompanySnapshot::changedAt), Map.of());
    }

    /**
     * Plans a change of a company matched by domain to {@code match}: until Leadbridge has seen that record's own
     * changes, its last-modified time stands for its last change, so an older change does not overwrite it; and
     * it holds the domain it was matched by, so its website is not rewritten to the bare domain. Unless an
     * unsettled write of this company's earlier change aimed at it ({@link CompanyOwnWrites#intendedBy}, a create
     * found by its domain): that time may then be our own write's, and the other side's last change counts as
     * unknown.
     */
    public CompanyChangePlan planMatched(CompanyChange change, Instant readAt, AccountCandidate match) {
        if (snapshots.find(match.ref()).isPresent()) {
            return planLinked(change, readAt, match.ref());
        }
        Optional<String> domain = Optional.of(match.domain());
        Optional<Instant> otherChangedAt = ownWrites.intendedBy(change.ref()).stream()
                .anyMatch(intent -> intent.towards(match.ref(), domain))
                ? Optional.empty() : Optional.of(match.lastModifiedAt());
        return plan(change, readAt, Optional.of(match.ref()), Optional.empty(), otherChangedAt,
                Map.of(CompanyField.DOMAIN, match.domain()));
    }

    /** Plans a change of a company found nowhere in the other CRM: the write creates a blank record. */
    public CompanyChangePlan planCreate(CompanyChange change, Instant readAt) {
        return plan(change, readAt, Optional.empty(), Optional.of(Map.of()), Optional.of(PersonSnapshot.NO_OWN_CHANGE),
                Map.of());
    }

    /**
     * Remembers the values about to be written, before the writes are sent, so that their read-back is recognised
     * as ours even when the process dies, or the CRM's answer is lost, before {@link #settle}.
     */
    public void intend(List<CompanyWrite> writes, Instant at) {
        List<IntendedCompanyWrite> intended = new ArrayList<>();
        writes.forEach(write -> intended.addAll(IntendedCompanyWrite.of(write, at)));
        if (!intended.isEmpty()) {
            ownWrites.intend(intended);
        }
    }

    /**
     * Remembers a settled change: the source's snapshot, the end of overwritten echo memory, and what was written.
     * The source's {@link #intend intended} writes end too: what an earlier, unsettled attempt intended becomes our
     * last write to the record the change resolved to (the record written, else the plan's target), since that
     * attempt may have landed there.
     *
     * @param writtenTo the record the changes went to; empty when nothing was written
     */
    public void settle(CompanyChangePlan plan, Optional<ExternalRef> writtenTo, Instant writtenAt) {
        if (writtenTo.isPresent() == plan.writesNothing()) {
            throw new IllegalArgumentException(plan.writesNothing() ? "a plan that writes nothing has no written record"
                    : "a plan that writes needs its written record");
        }
        snapshots.remember(plan.snapshot());
        if (!plan.overwritten().isEmpty()) {
            ownWrites.forget(plan.source(), plan.overwritten());
        }
        ownWrites.settleIntents(plan.source(), writtenTo.or(plan::target));
        writtenTo.ifPresent(target -> ownWrites.remember(target, plan.changes(), writtenAt));
    }

    private CompanyChangePlan plan(CompanyChange change, Instant readAt, Optional<ExternalRef> target,
                                   Optional<Map<CompanyField, String>> otherValues, Optional<Instant> otherChangedAt,
                                   Map<CompanyField, String> targetKnownToHold) {
        ExternalRef source = change.ref();
        Map<CompanyField, String> incoming = CompanyField.valuesOf(change.company());
        Optional<CompanySnapshot> previous = snapshots.find(source);

        Map<CompanyField, String> notOwn = new EnumMap<>(CompanyField.class);
        Set<CompanyField> overwritten = EnumSet.noneOf(CompanyField.class);
        for (IntendedCompanyWrite intended : ownWrites.intendedTowards(source, change.company().domain())) {
            if (!notOwn.containsKey(intended.field())
                    && intended.fingerprint().matches(incoming.getOrDefault(intended.field(), ""))) {
                notOwn.put(intended.field(), "echo: Leadbridge was writing this value to " + source + " at "
                        + intended.intendedAt() + " for a change of " + intended.source()
                        + " not settled yet, so it is not synced back");
            }
        }
        ownWrites.lastWritten(source).forEach((field, write) -> {
            if (notOwn.containsKey(field)) {
                return;
            }
            if (write.fingerprint().matches(incoming.getOrDefault(field, ""))) {
                notOwn.put(field, "echo: Leadbridge wrote this value to " + source + " at " + write.writtenAt()
                        + ", so it is not synced back");
            } else if (write.isNewerThan(change.modifiedAt()) || write.writtenAt().isAfter(readAt)) {
                notOwn.put(field, "older version: this version of " + source + " was read at " + readAt
                        + ", before Leadbridge sent its write of " + field.key() + " (" + write.writtenAt()
                        + "), so the value that write replaced is not synced back");
            } else {
                overwritten.add(field);
            }
        });
        Map<CompanyField, String> before = previous.map(s -> CompanyField.valuesOf(s.company())).orElse(Map.of());
        Set<CompanyField> ownChanges = EnumSet.noneOf(CompanyField.class);
        for (CompanyField field : CompanyField.values()) {
            if (!Objects.equals(before.get(field), incoming.get(field)) && !notOwn.containsKey(field)) {
                ownChanges.add(field);
            }
        }
        Map<CompanyField, String> held = new EnumMap<>(CompanyField.class);
        otherValues.ifPresent(values -> {
            for (CompanyField field : CompanyField.values()) {
                held.put(field, values.getOrDefault(field, ""));
            }
        });
        held.putAll(targetKnownToHold);
        Map<CompanyField, OwnWrite> writtenToTarget = target.map(ownWrites::lastWritten).orElse(Map.of());

        CompanyPlan planned = fields.plan(source.system(), change.company(), change.modifiedAt(), otherValues,
                otherChangedAt);
        boolean firstRead = previous.isEmpty() && otherValues.isPresent();
        List<CompanyFieldDecision> filling = firstRead ? fields.plan(source.system(), change.company(),
                change.modifiedAt(), otherValues, Optional.of(PersonSnapshot.NO_OWN_CHANGE)).decisions() : List.of();
        List<CompanyFieldDecision> decisions = new ArrayList<>();
        for (int i = 0; i < planned.decisions().size(); i++) {
            CompanyFieldDecision d = planned.decisions().get(i);
            if (firstRead && held.getOrDefault(d.field(), "").isBlank()
                    && !incoming.getOrDefault(d.field(), "").isBlank()) {
                d = fillsBlank(filling.get(i), source);
            }
            decisions.add(narrow(d, source, notOwn, ownChanges, held, writtenToTarget));
        }
        CompanyPlan plan = new CompanyPlan(decisions);
        Map<CompanyField, String> changes = new EnumMap<>(CompanyField.class);
        changes.putAll(plan.changes());
        if (target.isEmpty()) {
            changes.putIfAbsent(CompanyField.NAME, change.company().name());
        }
        Instant changedAt = datesTheRecord(previous, notOwn, ownChanges) ? change.modifiedAt()
                : previous.map(CompanySnapshot::changedAt).orElse(PersonSnapshot.NO_OWN_CHANGE);
        return new CompanyChangePlan(source, target, plan, changes,
                new CompanySnapshot(source, change.company(), changedAt), overwritten);
    }

    /**
     * Whether this version is a change of the record's own for newest-wins: a change of a {@code two-way-newest-wins}
     * field that is not ours. The first version Leadbridge reads of a record it wrote to before it ever read it (a
     * record it created, or matched by domain) is not: what that version holds besides our write is what the record
     * held before it, or what the CRM filled in on our create (Salesforce's owner), and its time is our write's.
     */
    private boolean datesTheRecord(Optional<CompanySnapshot> previous, Map<CompanyField, String> notOwn,
                                   Set<CompanyField> ownChanges) {
        if (previous.isEmpty() && !notOwn.isEmpty()) {
            return false;
        }
        return ownChanges.stream().anyMatch(fields::isNewestWins);
    }

    /**
     * The first version Leadbridge reads of a record fills a field the other record holds blank, whichever record
     * changed last: two records first linked have never been synced, so that blank cannot be a clear of this value.
     */
    private static CompanyFieldDecision fillsBlank(CompanyFieldDecision decision, ExternalRef source) {
        if (decision.action() != FieldDecision.Action.WRITE) {
            return decision;
        }
        return new CompanyFieldDecision(decision.field(), decision.action(), decision.value(), "fills a blank: "
                + source + " is read for the first time and the other record holds no " + decision.field().key());
    }

    private static CompanyFieldDecision narrow(CompanyFieldDecision decision, ExternalRef source,
                                               Map<CompanyField, String> notOwn, Set<CompanyField> ownChanges,
                                               Map<CompanyField, String> targetValues,
                                               Map<CompanyField, OwnWrite> writtenToTarget) {
        CompanyField field = decision.field();
        if (decision.action() == FieldDecision.Action.SKIP) {
            return decision;
        }
        if (notOwn.containsKey(field)) {
            return skip(field, notOwn.get(field));
        }
        if (!ownChanges.contains(field)) {
            return skip(field, "unchanged: " + field.key() + " has not changed in " + source.system()
                    + " since Leadbridge last saw " + source);
        }
        OwnWrite ours = writtenToTarget.get(field);
        boolean held = ours != null ? ours.fingerprint().matches(decision.value())
                : decision.value().equals(targetValues.get(field));
        return held ? skip(field, "already there: the other record already holds this value") : decision;
    }

    private static CompanyFieldDecision skip(CompanyField field, String reason) {
        return new CompanyFieldDecision(field, FieldDecision.Action.SKIP, "", reason);
    }
}
