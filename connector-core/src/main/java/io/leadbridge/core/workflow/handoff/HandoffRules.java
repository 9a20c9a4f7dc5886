package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.rules.RuleNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules file's {@code handoff} section: which routing team the AE comes from at SQL, how an AE answers in each
 * CRM (Salesforce Lead statuses at the section's top level, HubSpot lead statuses under {@code hubspot}), what
 * happens when an AE accepts, and the next step the handoff note suggests when qualification names none.
 *
 * @param convertLeadOnAccept convert the Salesforce Lead when the AE accepts
 * @param createOpportunity   with the conversion, create an Opportunity too
 * @param aeTeam              the {@code routing.teams} team an AE is picked from at SQL; none: no handoff
 * @param salesforceAnswers   {@code Lead.Status} values that accept or reject, and the Lead field with the reason
 * @param hubspotAnswers      {@code hs_lead_status} values that accept or reject, and the contact property with the
 *                            reason
 */
public record HandoffRules(boolean convertLeadOnAccept, boolean createOpportunity, String suggestedNextStep,
                           Optional<String> aeTeam, AnswerStatuses salesforceAnswers, AnswerStatuses hubspotAnswers) {

    public static final String DEFAULT_NEXT_STEP = "Call within one business day to book a discovery meeting";

    public HandoffRules {
        Objects.requireNonNull(suggestedNextStep, "suggestedNextStep");
        Objects.requireNonNull(aeTeam, "aeTeam");
        Objects.requireNonNull(salesforceAnswers, "salesforceAnswers");
        Objects.requireNonNull(hubspotAnswers, "hubspotAnswers");
    }

    /** Rules with no AE team and no AE answers read from the CRMs. */
    public HandoffRules(boolean convertLeadOnAccept, boolean createOpportunity, String suggestedNextStep) {
        this(convertLeadOnAccept, createOpportunity, suggestedNextStep, Optional.empty(), AnswerStatuses.NONE,
                AnswerStatuses.NONE);
    }

    public static HandoffRules defaults() {
        return new HandoffRules(false, true, DEFAULT_NEXT_STEP);
    }

    /** How an AE answers in {@code system}. */
    public AnswerStatuses answersIn(CrmSystem system) {
        return system == CrmSystem.SALESFORCE ? salesforceAnswers : hubspotAnswers;
    }

    /** Reads the {@code handoff} section; a missing section reads as the defaults. */
    public static HandoffRules read(RuleNode section) {
        section.allowOnly("convert-lead-on-accept", "create-opportunity", "suggested-next-step", "ae-team",
                "accept-statuses", "reject-statuses", "reject-reason-field", "hubspot");
        RuleNode hubspot = section.get("hubspot").allowOnly("accept-statuses", "reject-statuses",
                "reject-reason-property");
        return new HandoffRules(section.get("convert-lead-on-accept").bool(false),
                section.get("create-opportunity").bool(true),
                section.get("suggested-next-step").text(DEFAULT_NEXT_STEP), section.get("ae-team").text(),
                AnswerStatuses.read(section, "reject-reason-field"),
                AnswerStatuses.read(hubspot, "reject-reason-property"));
    }
}
