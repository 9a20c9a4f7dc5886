package io.leadbridge.core.sync;

import io.leadbridge.core.model.FunnelStage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The funnel-status table: one {@link StatusMapping} per stage. Built only through {@link #validate}, which
 * reports every problem at once. Reading a CRM value back to a stage takes the first row, in table order,
 * that holds the value, so a value shared by several stages resolves to the earliest of them.
 */
public final class StatusMappings {

    private final List<StatusMapping> rows;
    private final Map<FunnelStage, StatusMapping> byStage;

    private StatusMappings(List<StatusMapping> rows, Map<FunnelStage, StatusMapping> byStage) {
        this.rows = rows;
        this.byStage = byStage;
    }

    /**
     * @param path where the table sits in the configuration, the prefix of each problem
     * @throws InvalidConfigurationException listing each problem as {@code path[i].key: message}
     */
    public static StatusMappings validate(String path, List<StatusMapping> rows) {
        List<String> problems = new ArrayList<>();
        Map<FunnelStage, StatusMapping> byStage = new EnumMap<>(FunnelStage.class);
        for (int i = 0; i < rows.size(); i++) {
            StatusMapping row = rows.get(i);
            String at = path + "[" + i + "]";
            if (byStage.putIfAbsent(row.stage(), row) != null) {
                problems.add(at + ".stage: " + row.stage() + " is mapped twice");
            }
            if (row.hubspotLifecycleStage().isEmpty()) {
                problems.add(at + ".hubspot-lifecycle-stage: must name the HubSpot lifecyclestage value for "
                        + row.stage());
            }
        }
        if (rows.isEmpty()) {
            problems.add(path + ": no funnel stage is mapped");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new StatusMappings(List.copyOf(rows), byStage);
    }

    public List<StatusMapping> all() {
        return rows;
    }

    public Optional<StatusMapping> forStage(FunnelStage stage) {
        return Optional.ofNullable(byStage.get(stage));
    }

    /** The first stage whose Salesforce {@code Lead.Status} is {@code value}. */
    public Optional<FunnelStage> stageForSalesforceStatus(String value) {
        return stagesForSalesforceStatus(value).stream().findFirst();
    }

    /** Every stage whose Salesforce {@code Lead.Status} is {@code value}, in table order. */
    public List<FunnelStage> stagesForSalesforceStatus(String value) {
        return rows.stream().filter(r -> r.salesforceLeadStatus().filter(value::equals).isPresent())
                .map(StatusMapping::stage).toList();
    }

    /**
     * The stage for a HubSpot contact: the first row matching both its lifecycle stage and lead status, else
     * the first matching its lifecycle stage alone.
     */
    public Optional<FunnelStage> stageForHubSpot(String lifecycleStage, Optional<String> leadStatus) {
        return stagesForHubSpot(lifecycleStage, leadStatus).stream().findFirst();
    }

    /**
     * Every stage a HubSpot contact's values can mean, in table order: the rows matching both its lifecycle stage
     * and lead status, or, when none does, the rows matching its lifecycle stage alone.
     */
    public List<FunnelStage> stagesForHubSpot(String lifecycleStage, Optional<String> leadStatus) {
        List<FunnelStage> exact = rows.stream()
                .filter(r -> r.hubspotLifecycleStage().equals(lifecycleStage))
                .filter(r -> leadStatus.isPresent() && r.hubspotLeadStatus().equals(leadStatus))
                .map(StatusMapping::stage).toList();
        return !exact.isEmpty() ? exact : rows.stream().filter(r -> r.hubspotLifecycleStage().equals(lifecycleStage))
                .map(StatusMapping::stage).toList();
    }

    /** Every lifecyclestage value the table uses, for checking against the portal's property options. */
    public Set<String> hubspotLifecycleStages() {
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(r -> values.add(r.hubspotLifecycleStage()));
        return values;
    }

    /** Every hs_lead_status value the table uses. */
    public Set<String> hubspotLeadStatuses() {
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(r -> r.hubspotLeadStatus().ifPresent(values::add));
        return values;
    }

    /** Every Lead.Status value the table uses, for checking against the org's picklist. */
    public Set<String> salesforceLeadStatuses() {
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(r -> r.salesforceLeadStatus().ifPresent(values::add));
        return values;
    }
}
