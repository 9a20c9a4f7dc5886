package io.leadbridge.app.config;

import io.leadbridge.salesforce.SalesforceOptions;
import java.util.Optional;

/** Turns {@code connector.salesforce.*} behaviour keys into validated {@link SalesforceOptions}. */
public final class SalesforceOptionsFactory {

    private SalesforceOptionsFactory() {
    }

    public static SalesforceOptions from(ConnectorProperties.Salesforce p) {
        return new SalesforceOptions(p.dailyApiShare(), p.bulkThreshold(), Optional.ofNullable(p.assignmentRuleId()),
                p.useDefaultAssignmentRule(), Optional.ofNullable(p.convertedStatus()));
    }
}
