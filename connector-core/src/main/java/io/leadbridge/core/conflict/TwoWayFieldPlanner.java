package io.leadbridge.core.conflict;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.SyncPlan;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a change for two-way sync, when the other side's last known state may be known. Every ownership rule
 * but {@code two-way-newest-wins} is decided as in {@link OneWayFieldPlanner}; for newest-wins fields the change's
 * time is compared with the other side's last change of the record ({@link PersonSnapshot#changedAt()}): when the
 * other side changed later, the field is skipped and the other side's value stays. At equal times the
 * {@code tieWinner} system wins, so both directions reach the same answer.
 */
public final class TwoWayFieldPlanner {

    private final FieldMappings mappings;
    private final OneWayFieldPlanner oneWay;
    private final CrmSystem tieWinner;

    public TwoWayFieldPlanner(FieldMappings mappings, CrmSystem tieWinner) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.oneWay = new OneWayFieldPlanner(mappings);
        this.tieWinner = Objects.requireNonNull(tieWinner, "tieWinner");
    }

    /**
     * @param from      the CRM the change came from
     * @param source    the changed record's fields
     * @param changedAt the change's time, in the CRM's clock
     * @param otherSide the other CRM's record as last seen, when known
     */
    public SyncPlan plan(CrmSystem from, Person source, Instant changedAt, Optional<PersonSnapshot> otherSide) {
        Objects.requireNonNull(changedAt, "changedAt");
        if (otherSide.isPresent() && otherSide.get().ref().system() != from.other()) {
            throw new IllegalArgumentException("the other side's snapshot must be a " + from.other() + " record, was "
                    + otherSide.get().ref());
        }
        SyncPlan oneWayPlan = oneWay.plan(from, source, otherSide.map(PersonSnapshot::person));
        return new SyncPlan(oneWayPlan.decisions().stream()
                .map(d -> isNewestWins(d) ? newestWins(d, from, changedAt, otherSide) : d)
                .toList());
    }

    private boolean isNewestWins(FieldDecision decision) {
        return mappings.forField(decision.field()).map(PersonFieldMapping::ownership)
                .filter(o -> o == FieldOwnership.TWO_WAY_NEWEST_WINS).isPresent();
    }

    private FieldDecision newestWins(FieldDecision decision, CrmSystem from, Instant changedAt,
                                     Optional<PersonSnapshot> otherSide) {
        String rule = FieldOwnership.TWO_WAY_NEWEST_WINS.key() + ": ";
        CrmSystem other = from.other();
        if (otherSide.isEmpty()) {
            return withReason(decision, rule + "the change from " + from + " at " + changedAt
                    + " is the newest known; " + other + "'s last change of the record is not known here");
        }
        Instant otherChangedAt = otherSide.get().changedAt();
        if (otherChangedAt.isAfter(changedAt)) {
            return new FieldDecision(decision.field(), FieldDecision.Action.SKIP, "", rule + other
                    + " changed the record at " + otherChangedAt + ", after this change from " + from + " at "
                    + changedAt + ", so " + other + "'s value stays");
        }
        if (otherChangedAt.equals(changedAt) && tieWinner != from) {
            return new FieldDecision(decision.field(), FieldDecision.Action.SKIP, "", rule + other
                    + " changed the record at the same time (" + changedAt + ") and wins ties, so its value stays");
        }
        String comparison;
        if (otherChangedAt.equals(PersonSnapshot.NO_OWN_CHANGE)) {
            comparison = "newer than anything changed in " + other + ", whose record holds only what Leadbridge wrote";
        } else if (otherChangedAt.equals(changedAt)) {
            comparison = "at the same time as " + other + "'s last change, and " + from + " wins ties";
        } else {
            comparison = "newer than " + other + "'s last change at " + otherChangedAt;
        }
        return withReason(decision, rule + "the change from " + from + " at " + changedAt + " is " + comparison);
    }

    private static FieldDecision withReason(FieldDecision decision, String reason) {
        String blank = decision.action() == FieldDecision.Action.CLEAR ? "; it is blank there" : "";
        return new FieldDecision(decision.field(), decision.action(), decision.value(), reason + blank);
    }
}
