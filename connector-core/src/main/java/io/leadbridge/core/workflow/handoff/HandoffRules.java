package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.rules.RuleNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules file's {@code handoff} section: which routing team the AE comes from at SQL, which Salesforce Lead
 * statuses are an AE's accept or reject (and which Lead field holds a rejection's reason), what happens when an AE
 * accepts, and the next step the handoff note suggests when qualification names none.
 *
 * @param convertLeadOnAccept convert the Salesforce Lead when the AE accepts
 * @param createOpportunity   with the conversion, create an Opportunity too
 * @param aeTeam              the {@code routing.teams} team an AE is picked from at SQL; none: no handoff
 * @param acceptStatuses      Lead {@code Status} values that mean the AE accepted
 * @param rejectStatuses      Lead {@code Status} values that mean the AE rejected
 * @param rejectReasonField   the Lead field (API name) that holds the AE's reason for a rejection
 */
public record HandoffRules(boolean convertLeadOnAccept, boolean createOpportunity, String suggestedNextStep,
                           Optional<String> aeTeam, List<String> acceptStatuses, List<String> rejectStatuses,
                           Optional<String> rejectReasonField) {

    public static final String DEFAULT_NEXT_STEP = "Call within one business day to book a discovery meeting";

    public HandoffRules {
        Objects.requireNonNull(suggestedNextStep, "suggestedNextStep");
        Objects.requireNonNull(aeTeam, "aeTeam");
        acceptStatuses = List.copyOf(acceptStatuses);
        rejectStatuses = List.copyOf(rejectStatuses);
        Objects.requireNonNull(rejectReasonField, "rejectReasonField");
    }

    /** Rules with no AE team and no AE answers read from the CRM. */
    public HandoffRules(boolean convertLeadOnAccept, boolean createOpportunity, String suggestedNextStep) {
        this(convertLeadOnAccept, createOpportunity, suggestedNextStep, Optional.empty(), List.of(), List.of(),
                Optional.empty());
    }

    public static HandoffRules defaults() {
        return new HandoffRules(false, true, DEFAULT_NEXT_STEP);
    }

    /** Whether an AE's answer is read from the Lead's status at all. */
    public boolean readsAnswers() {
        return !acceptStatuses.isEmpty() || !rejectStatuses.isEmpty();
    }

    /** Reads the {@code handoff} section; a missing section reads as the defaults. */
    public static HandoffRules read(RuleNode section) {
        section.allowOnly("convert-lead-on-accept", "create-opportunity", "suggested-next-step", "ae-team",
                "accept-statuses", "reject-statuses", "reject-reason-field");
        List<String> accept = section.get("accept-statuses").texts();
        List<String> reject = section.get("reject-statuses").texts();
        Set<String> both = new HashSet<>(accept);
        both.retainAll(reject);
        if (!both.isEmpty()) {
            section.get("reject-statuses").problem("names " + both.stream().sorted().toList()
                    + " also under accept-statuses; a status is either an accept or a reject");
        }
        RuleNode reasonNode = section.get("reject-reason-field");
        Optional<String> reasonField = reasonNode.text();
        if (reasonField.isPresent() && !reasonField.get().matches("[A-Za-z][A-Za-z0-9_]*")) {
            reasonNode.problem("must be a Lead field's API name such as Rejection_Reason__c, was \""
                    + reasonField.get() + "\"");
            reasonField = Optional.empty();
        } else if (reasonField.isEmpty() && !reject.isEmpty()) {
            reasonNode.problem("is required when reject-statuses are named: a rejection needs a reason");
        }
        return new HandoffRules(section.get("convert-lead-on-accept").bool(false),
                section.get("create-opportunity").bool(true),
                section.get("suggested-next-step").text(DEFAULT_NEXT_STEP), section.get("ae-team").text(), accept,
                reject, reasonField);
    }
}
