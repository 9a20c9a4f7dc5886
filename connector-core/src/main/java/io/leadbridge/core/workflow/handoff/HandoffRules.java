package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.rules.RuleNode;
import java.util.Objects;

/**
 * The rules file's {@code handoff} section: what happens when an AE accepts, and the next step the handoff note
 * suggests when qualification names none.
 *
 * @param convertLeadOnAccept convert the Salesforce Lead when the AE accepts
 * @param createOpportunity   with the conversion, create an Opportunity too
 */
public record HandoffRules(boolean convertLeadOnAccept, boolean createOpportunity, String suggestedNextStep) {

    public static final String DEFAULT_NEXT_STEP = "Call within one business day to book a discovery meeting";

    public HandoffRules {
        Objects.requireNonNull(suggestedNextStep, "suggestedNextStep");
    }

    public static HandoffRules defaults() {
        return new HandoffRules(false, true, DEFAULT_NEXT_STEP);
    }

    /** Reads the {@code handoff} section; a missing section reads as the defaults. */
    public static HandoffRules read(RuleNode section) {
        section.allowOnly("convert-lead-on-accept", "create-opportunity", "suggested-next-step");
        return new HandoffRules(section.get("convert-lead-on-accept").bool(false),
                section.get("create-opportunity").bool(true),
                section.get("suggested-next-step").text(DEFAULT_NEXT_STEP));
    }
}
