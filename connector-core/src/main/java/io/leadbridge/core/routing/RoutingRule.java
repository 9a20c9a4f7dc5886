package io.leadbridge.core.routing;

import io.leadbridge.core.qualification.ProspectCondition;
import io.leadbridge.core.rules.RuleNode;

/** A territory or segment rule: people for whom {@code when} holds go to {@code team}. */
record RoutingRule(String id, ProspectCondition when, String team) {

    static RoutingRule read(RuleNode node) {
        node.allowOnly("id", "when", "team");
        return new RoutingRule(node.get("id").requiredText(), ProspectCondition.read(node.get("when")),
                node.get("team").requiredText());
    }
}
