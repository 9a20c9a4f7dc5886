package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.touch.SdrContextSummary;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the handoff note is made of. Qualification provides the BANT answers, the score and its reasons; the
 * touch history provides the summary (and the time to first touch).
 *
 * @param bant              BANT question to answer, in the order to show them ("Budget" -> "Approved, 40k EUR")
 * @param scoreReasons      one plain-language line per scoring rule that counted
 * @param suggestedNextStep what qualification suggests; the rules' default when empty
 */
public record HandoffInput(PersonId person, String personName, String sdrEmail, String aeEmail, Instant qualifiedAt,
                           Map<String, String> bant, int score, List<String> scoreReasons,
                           SdrContextSummary touches, Optional<String> suggestedNextStep) {

    public HandoffInput {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(personName, "personName");
        requireText(sdrEmail, "sdrEmail");
        requireText(aeEmail, "aeEmail");
        Objects.requireNonNull(qualifiedAt, "qualifiedAt");
        bant = Collections.unmodifiableMap(new LinkedHashMap<>(bant));
        scoreReasons = List.copyOf(scoreReasons);
        Objects.requireNonNull(touches, "touches");
        Objects.requireNonNull(suggestedNextStep, "suggestedNextStep");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
