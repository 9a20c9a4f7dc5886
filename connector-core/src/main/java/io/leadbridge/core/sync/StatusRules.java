package io.leadbridge.core.sync;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.rules.RuleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code statuses} section of the rules file: the funnel-status table (stage, HubSpot lifecycle stage and lead
 * status, Salesforce Lead.Status). When present it replaces {@code connector.sync.status-mappings}.
 */
public final class StatusRules {

    public static final String SECTION = "statuses";

    private final Optional<StatusMappings> table;

    private StatusRules(Optional<StatusMappings> table) {
        this.table = table;
    }

    public static StatusRules read(RuleNode section) {
        if (section.isMissing()) {
            return new StatusRules(Optional.empty());
        }
        List<StatusMapping> rows = new ArrayList<>();
        boolean unreadRow = false;
        for (RuleNode row : section.items()) {
            row.allowOnly("stage", "hubspot-lifecycle-stage", "hubspot-lead-status", "salesforce-lead-status");
            RuleNode stage = row.get("stage");
            if (stage.isMissing()) {
                stage.problem("is required");
            }
            FunnelStage funnelStage = stage.oneOf(FunnelStage.class, null);
            String lifecycle = row.get("hubspot-lifecycle-stage").requiredText();
            Optional<String> leadStatus = row.get("hubspot-lead-status").text();
            Optional<String> salesforce = row.get("salesforce-lead-status").text();
            if (funnelStage != null) {
                rows.add(new StatusMapping(funnelStage, lifecycle, leadStatus, salesforce));
            } else {
                unreadRow = true;
            }
        }
        if (unreadRow) {
            return new StatusRules(Optional.empty());
        }
        try {
            return new StatusRules(Optional.of(StatusMappings.validate(section.path(), rows)));
        } catch (InvalidConfigurationException invalid) {
            invalid.problems().forEach(problem -> {
                int colon = problem.indexOf(": ");
                section.reading().problem(colon < 0 ? section.path() : problem.substring(0, colon),
                        colon < 0 ? problem : problem.substring(colon + 2));
            });
            return new StatusRules(Optional.empty());
        }
    }

    /** The table, when the rules file has one. */
    public Optional<StatusMappings> table() {
        return table;
    }
}
