package io.leadbridge.core.qualification;

import io.leadbridge.core.rules.RuleNode;

/** A rule that takes a person out of the funnel: who ({@code when}), where to, and the reason given. */
record NonTargetRule(String id, ProspectCondition when, QualificationOutcome action, String reason) {

    enum Action {
        DISQUALIFY(QualificationOutcome.DISQUALIFIED),
        NURTURE(QualificationOutcome.NURTURE),
        PARTNER_QUEUE(QualificationOutcome.PARTNER_QUEUE);

        private final QualificationOutcome outcome;

        Action(QualificationOutcome outcome) {
            this.outcome = outcome;
        }
    }

    static NonTargetRule read(RuleNode node) {
        node.allowOnly("id", "when", "action", "reason");
        String id = node.get("id").requiredText();
        ProspectCondition when = ProspectCondition.read(node.get("when"));
        RuleNode actionNode = node.get("action");
        if (actionNode.isMissing()) {
            actionNode.problem("is required (disqualify, nurture or partner-queue)");
        }
        Action action = actionNode.oneOf(Action.class, Action.DISQUALIFY);
        String reason = node.get("reason").requiredText();
        return new NonTargetRule(id, when, action.outcome, reason);
    }
}
