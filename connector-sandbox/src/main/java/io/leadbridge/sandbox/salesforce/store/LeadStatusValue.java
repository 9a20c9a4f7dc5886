package io.leadbridge.sandbox.salesforce.store;

import java.util.List;
import java.util.Objects;

/**
 * One value of the Lead {@code Status} picklist, as the {@code LeadStatus} object describes it.
 *
 * @param value     the API name and label
 * @param converted whether {@code convertLead} accepts it as the {@code convertedStatus}
 * @param isDefault whether a new Lead without a Status gets it (exactly one value is the default)
 */
public record LeadStatusValue(String value, boolean converted, boolean isDefault) {

    /** The values a new Salesforce org ships with. */
    public static final List<LeadStatusValue> STANDARD = List.of(
            new LeadStatusValue("Open - Not Contacted", false, true),
            new LeadStatusValue("Working - Contacted", false, false),
            new LeadStatusValue("Closed - Converted", true, false),
            new LeadStatusValue("Closed - Not Converted", false, false));

    public LeadStatusValue {
        Objects.requireNonNull(value, "value");
    }
}
