package io.leadbridge.core.qualification;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the qualification rules decided for one person, and why.
 *
 * @param ruleId      the rule that decided the outcome ({@code mql}, {@code sql}, {@code non-target:student} ...)
 * @param reason      the decision in plain language, for the audit trail and the CRM note
 * @param score       the total of {@code scoreLines}
 * @param bantYes     the BANT questions answered with a qualifying answer
 */
public record QualificationDecision(QualificationOutcome outcome, String ruleId, String reason, int score,
                                    List<ScoreLine> scoreLines, Set<BantQuestion> bantYes, LeadSource source) {

    public QualificationDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        scoreLines = List.copyOf(scoreLines);
        bantYes = Set.copyOf(bantYes);
        Objects.requireNonNull(source, "source");
    }
}
