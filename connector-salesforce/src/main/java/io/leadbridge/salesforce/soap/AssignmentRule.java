package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.PartnerConnection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Lead assignment rule Salesforce runs on our creates and updates: none (the default), the org's active
 * rule, or a given rule id ({@code AssignmentRuleHeader}).
 */
public record AssignmentRule(Optional<String> ruleId, boolean useDefault) {

    public static final AssignmentRule NONE = new AssignmentRule(Optional.empty(), false);

    public AssignmentRule {
        Objects.requireNonNull(ruleId, "ruleId");
        if (ruleId.isPresent() && useDefault) {
            throw new IllegalArgumentException("name a rule id or use the default rule, not both");
        }
    }

    void applyTo(PartnerConnection connection) {
        if (ruleId.isPresent()) {
            connection.setAssignmentRuleHeader(ruleId.get(), null);
        } else if (useDefault) {
            connection.setAssignmentRuleHeader(null, true);
        }
    }
}
