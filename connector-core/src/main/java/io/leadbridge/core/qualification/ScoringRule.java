package io.leadbridge.core.qualification;

import io.leadbridge.core.rules.RuleNode;

/** Points given to a person for whom {@code when} holds (negative points take them away). */
record ScoringRule(String id, ProspectCondition when, int points) {

    static ScoringRule read(RuleNode node) {
        node.allowOnly("id", "when", "points");
        String id = node.get("id").requiredText();
        ProspectCondition when = ProspectCondition.read(node.get("when"));
        RuleNode pointsNode = node.get("points");
        if (pointsNode.isMissing()) {
            pointsNode.problem("is required");
        }
        return new ScoringRule(id, when, pointsNode.integer(0, -100, 100));
    }
}
