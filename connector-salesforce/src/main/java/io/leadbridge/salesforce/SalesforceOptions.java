package io.leadbridge.salesforce;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the adapter behaves in one org, beyond reaching it ({@link SalesforceSettings}). Validates itself and
 * reports every problem at once, each prefixed with its {@code connector.salesforce.*} property name.
 *
 * @param dailyApiShare            {@code daily-api-share}: the share of the org's daily API allocation the
 *                                 connector may use, above 0 and at most 1
 * @param bulkThreshold            {@code bulk-threshold}: an initial backfill of more records than this is read
 *                                 with Bulk API 1.0 instead of SOAP queries
 * @param assignmentRuleId         {@code assignment-rule-id}: the Lead assignment rule to run on Lead writes
 * @param useDefaultAssignmentRule {@code use-default-assignment-rule}: run the org's active assignment rule instead
 * @param convertedStatus          {@code converted-status}: the converted Lead.Status used by {@code convertLead};
 *                                 Leads are only converted when it is set
 */
public record SalesforceOptions(double dailyApiShare, int bulkThreshold, Optional<String> assignmentRuleId,
                                boolean useDefaultAssignmentRule, Optional<String> convertedStatus) {

    public static final double DEFAULT_DAILY_API_SHARE = 0.5;
    public static final int DEFAULT_BULK_THRESHOLD = 10_000;
    public static final SalesforceOptions DEFAULTS = new SalesforceOptions(DEFAULT_DAILY_API_SHARE,
            DEFAULT_BULK_THRESHOLD, Optional.empty(), false, Optional.empty());

    private static final String PREFIX = "connector.salesforce.";
    private static final Pattern ASSIGNMENT_RULE_ID = Pattern.compile("01Q[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");

    public SalesforceOptions {
        assignmentRuleId = assignmentRuleId == null ? Optional.empty()
                : assignmentRuleId.map(String::strip).filter(s -> !s.isEmpty());
        convertedStatus = convertedStatus == null ? Optional.empty()
                : convertedStatus.map(String::strip).filter(s -> !s.isEmpty());
        List<String> problems = new ArrayList<>();
        if (!(dailyApiShare > 0 && dailyApiShare <= 1)) {
            problems.add(PREFIX + "daily-api-share: " + dailyApiShare
                    + " must be above 0 and at most 1 (e.g. 0.5 for half of the daily allocation)");
        }
        if (bulkThreshold < 1) {
            problems.add(PREFIX + "bulk-threshold: " + bulkThreshold + " must be at least 1");
        }
        assignmentRuleId.filter(id -> !ASSIGNMENT_RULE_ID.matcher(id).matches()).ifPresent(id -> problems.add(
                PREFIX + "assignment-rule-id: '" + id + "' is not an assignment rule id (15 or 18 characters starting"
                        + " with 01Q)"));
        if (assignmentRuleId.isPresent() && useDefaultAssignmentRule) {
            problems.add(PREFIX + "use-default-assignment-rule: set it or assignment-rule-id, not both");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
