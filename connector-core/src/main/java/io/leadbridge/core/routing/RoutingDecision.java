package io.leadbridge.core.routing;

import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a person now, by which routing rule, and why.
 *
 * @param owner  the new owner's email; empty when no rule could name one (the reason says why)
 * @param ruleId {@code partner-queue}, {@code account-owner}, {@code routing:<rule id>} or {@code default-team}
 */
public record RoutingDecision(Optional<String> owner, String ruleId, String reason) {

    public RoutingDecision {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
    }
}
