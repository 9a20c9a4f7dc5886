package io.leadbridge.core.conflict;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.FieldVerdict;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code two-way-newest-wins} comparison for one field of any record: a change loses to the other side when
 * the other side changed the record later; at equal times the tie winner wins, so both directions agree.
 */
public final class NewestWins {

    private final CrmSystem tieWinner;

    public NewestWins(CrmSystem tieWinner) {
        this.tieWinner = Objects.requireNonNull(tieWinner, "tieWinner");
    }

    /**
     * @param verdict        the ownership rule's verdict for the change, before the comparison
     * @param otherChangedAt the other side's last change of the record of its own, when known
     *                       ({@link PersonSnapshot#NO_OWN_CHANGE} when it has none)
     */
    public FieldVerdict apply(FieldVerdict verdict, CrmSystem from, Instant changedAt,
                              Optional<Instant> otherChangedAt) {
        Objects.requireNonNull(changedAt, "changedAt");
        if (verdict.action() == FieldDecision.Action.SKIP) {
            return verdict;
        }
        String rule = FieldOwnership.TWO_WAY_NEWEST_WINS.key() + ": ";
        CrmSystem other = from.other();
        String blank = verdict.action() == FieldDecision.Action.CLEAR ? "; it is blank there" : "";
        if (otherChangedAt.isEmpty()) {
            return verdict.withReason(rule + "the change from " + from + " at " + changedAt
                    + " is the newest known; " + other + "'s last change of the record is not known here" + blank);
        }
        Instant otherAt = otherChangedAt.get();
        if (otherAt.isAfter(changedAt)) {
            return FieldVerdict.skip(rule + other + " changed the record at " + otherAt + ", after this change from "
                    + from + " at " + changedAt + ", so " + other + "'s value stays");
        }
        if (otherAt.equals(changedAt) && tieWinner != from) {
            return FieldVerdict.skip(rule + other + " changed the record at the same time (" + changedAt
                    + ") and wins ties, so its value stays");
        }
        String comparison;
        if (otherAt.equals(PersonSnapshot.NO_OWN_CHANGE)) {
            comparison = "newer than anything changed in " + other + ", whose record holds only what Leadbridge wrote";
        } else if (otherAt.equals(changedAt)) {
            comparison = "at the same time as " + other + "'s last change, and " + from + " wins ties";
        } else {
            comparison = "newer than " + other + "'s last change at " + otherAt;
        }
        return verdict.withReason(rule + "the change from " + from + " at " + changedAt + " is " + comparison + blank);
    }
}
