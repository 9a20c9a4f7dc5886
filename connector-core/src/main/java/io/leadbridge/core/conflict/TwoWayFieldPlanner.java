package io.leadbridge.core.conflict;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.FieldVerdict;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.SyncPlan;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a change for two-way sync, when the other side's last known state may be known. Every ownership rule
 * but {@code two-way-newest-wins} is decided as in {@link OneWayFieldPlanner}; for newest-wins fields the change's
 * time is compared with the other side's last change of the record ({@link PersonSnapshot#changedAt()}) by
 * {@link NewestWins}: when the other side changed later, the field is skipped and the other side's value stays.
 * At equal times the {@code tieWinner} system wins, so both directions reach the same answer. The funnel-status
 * fields ({@code lifecycleStage}, {@code leadStatus}) are never copied: each CRM has its own values, which
 * {@link io.leadbridge.core.status.FunnelStatusSync} translates through the status table.
 */
public final class TwoWayFieldPlanner {

    private static final Set<PersonField> STATUS_FIELDS = EnumSet.of(PersonField.LIFECYCLE_STAGE,
            PersonField.LEAD_STATUS);

    private final FieldMappings mappings;
    private final OneWayFieldPlanner oneWay;
    private final NewestWins newestWins;

    public TwoWayFieldPlanner(FieldMappings mappings, CrmSystem tieWinner) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.oneWay = new OneWayFieldPlanner(mappings);
        this.newestWins = new NewestWins(tieWinner);
    }

    /**
     * @param from      the CRM the change came from
     * @param source    the changed record's fields
     * @param changedAt the change's time, in the CRM's clock
     * @param otherSide the other CRM's record as last seen, when known
     */
    public SyncPlan plan(CrmSystem from, Person source, Instant changedAt, Optional<PersonSnapshot> otherSide) {
        if (otherSide.isPresent() && otherSide.get().ref().system() != from.other()) {
            throw new IllegalArgumentException("the other side's snapshot must be a " + from.other() + " record, was "
                    + otherSide.get().ref());
        }
        return plan(from, source, changedAt, otherSide.map(PersonSnapshot::person),
                otherSide.map(PersonSnapshot::changedAt));
    }

    /**
     * The same, from the other side's values and last change time when known separately; for a record about to
     * be created they are an empty person and {@link PersonSnapshot#NO_OWN_CHANGE}.
     */
    public SyncPlan plan(CrmSystem from, Person source, Instant changedAt, Optional<Person> otherValues,
                         Optional<Instant> otherChangedAt) {
        return plan(from, source, changedAt, Optional.empty(), otherValues, otherChangedAt);
    }

    /**
     * The same, knowing the source record's values before this change ({@code before}: its last snapshot). A
     * newest-wins field whose value on the other side is still the one the source held before has not moved there
     * since the two last agreed, so nothing conflicts: the change is written whatever the other record's last change
     * time, which may be a later change of another field. Newest-wins decides only fields both sides have changed.
     */
    public SyncPlan plan(CrmSystem from, Person source, Instant changedAt, Optional<Person> before,
                         Optional<Person> otherValues, Optional<Instant> otherChangedAt) {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(before, "before");
        SyncPlan oneWayPlan = oneWay.plan(from, source, otherValues);
        return new SyncPlan(oneWayPlan.decisions().stream()
                .map(d -> decide(d, from, changedAt, before, otherValues, otherChangedAt))
                .toList());
    }

    private FieldDecision decide(FieldDecision decision, CrmSystem from, Instant changedAt, Optional<Person> before,
                                 Optional<Person> otherValues, Optional<Instant> otherChangedAt) {
        if (STATUS_FIELDS.contains(decision.field())) {
            return statusTable(decision);
        }
        if (!isNewestWins(decision)) {
            return decision;
        }
        if (unchangedOnTheOtherSide(decision.field(), before, otherValues)) {
            return uncontested(decision, from, changedAt);
        }
        return compared(decision, from, changedAt, otherChangedAt);
    }

    private static boolean unchangedOnTheOtherSide(PersonField field, Optional<Person> before,
                                                   Optional<Person> otherValues) {
        return before.isPresent() && otherValues.isPresent()
                && before.get().get(field).orElse("").equals(otherValues.get().get(field).orElse(""));
    }

    private static FieldDecision uncontested(FieldDecision decision, CrmSystem from, Instant changedAt) {
        if (decision.action() == FieldDecision.Action.SKIP) {
            return decision;
        }
        return new FieldDecision(decision.field(), decision.action(), decision.value(),
                FieldOwnership.TWO_WAY_NEWEST_WINS.key() + ": the change from " + from + " at " + changedAt
                        + " is the only one: " + from.other() + " still holds the value " + from + " had before it");
    }

    /** Whether {@code field} is mapped in {@code system}, so that a write there can carry it. */
    public boolean mappedIn(PersonField field, CrmSystem system) {
        return mappings.forField(field).flatMap(m -> m.nameIn(system)).isPresent();
    }

    /** Each CRM holds funnel status in its own values: the status table translates them, never a plain copy. */
    private static FieldDecision statusTable(FieldDecision decision) {
        return decision.action() == FieldDecision.Action.SKIP ? decision
                : new FieldDecision(decision.field(), FieldDecision.Action.SKIP, "", "status: "
                        + decision.field().key() + " is synced through the funnel-status table, which translates each"
                        + " CRM's values, not copied as a field");
    }

    private boolean isNewestWins(FieldDecision decision) {
        return isNewestWins(decision.field());
    }

    /** Whether {@code field} is mapped under {@code two-way-newest-wins}. */
    public boolean isNewestWins(PersonField field) {
        return mappings.forField(field).map(PersonFieldMapping::ownership)
                .filter(o -> o == FieldOwnership.TWO_WAY_NEWEST_WINS).isPresent();
    }

    private FieldDecision compared(FieldDecision decision, CrmSystem from, Instant changedAt,
                                   Optional<Instant> otherChangedAt) {
        FieldVerdict before = new FieldVerdict(decision.action(), decision.value(), decision.reason());
        FieldVerdict verdict = newestWins.apply(before, from, changedAt, otherChangedAt);
        return new FieldDecision(decision.field(), verdict.action(), verdict.value(), verdict.reason());
    }
}
