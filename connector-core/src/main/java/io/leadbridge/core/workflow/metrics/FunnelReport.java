package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.workflow.sla.SlaKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The funnel since a time: people reaching each stage, MQL to SQL to SAL to opportunity to customer conversion,
 * speed-to-lead, SLA breaches, and the same per SDR and per AE; and the people caught in a reject loop.
 */
public record FunnelReport(Instant since, Map<FunnelStage, Long> reached, List<StageConversion> conversions,
                           SpeedToLead speedToLead, Map<SlaKind, Long> breaches, List<OwnerFunnel> sdrs,
                           List<OwnerFunnel> aes, List<RejectLoop> rejectLoops) {

    public FunnelReport {
        reached = Map.copyOf(reached);
        conversions = List.copyOf(conversions);
        breaches = Map.copyOf(breaches);
        sdrs = List.copyOf(sdrs);
        aes = List.copyOf(aes);
        rejectLoops = List.copyOf(rejectLoops);
    }
}
