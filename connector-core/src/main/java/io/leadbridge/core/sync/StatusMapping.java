package io.leadbridge.core.sync;

import io.leadbridge.core.model.FunnelStage;
import java.util.Objects;
import java.util.Optional;

/**
 * How one funnel stage is written in each CRM: HubSpot's {@code lifecyclestage} (always) and
 * {@code hs_lead_status} (optional), and Salesforce's {@code Lead.Status} (optional). Values are the CRMs'
 * internal values (HubSpot option values, Salesforce picklist API values), never labels.
 */
public record StatusMapping(FunnelStage stage, String hubspotLifecycleStage, Optional<String> hubspotLeadStatus,
                            Optional<String> salesforceLeadStatus) {

    public StatusMapping {
        Objects.requireNonNull(stage, "stage");
        hubspotLifecycleStage = hubspotLifecycleStage == null ? "" : hubspotLifecycleStage.strip();
        hubspotLeadStatus = Objects.requireNonNull(hubspotLeadStatus, "hubspotLeadStatus")
                .map(String::strip).filter(s -> !s.isEmpty());
        salesforceLeadStatus = Objects.requireNonNull(salesforceLeadStatus, "salesforceLeadStatus")
                .map(String::strip).filter(s -> !s.isEmpty());
    }
}
