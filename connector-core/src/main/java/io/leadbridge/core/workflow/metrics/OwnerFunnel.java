package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.workflow.sla.SlaKind;
import java.util.List;
import java.util.Map;

/** One SDR's or AE's share of the funnel: the people they owned at each move, their SLA breaches and speed. */
public record OwnerFunnel(String owner, Map<FunnelStage, Long> reached, List<StageConversion> conversions,
                          Map<SlaKind, Long> breaches, SpeedToLead speedToLead) {

    public OwnerFunnel {
        reached = Map.copyOf(reached);
        conversions = List.copyOf(conversions);
        breaches = Map.copyOf(breaches);
    }
}
