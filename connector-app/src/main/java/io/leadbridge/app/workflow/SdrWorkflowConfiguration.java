package io.leadbridge.app.workflow;

import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.workflow.SpeedToLeadWorkflow;
import io.leadbridge.core.workflow.handoff.SqlHandoff;
import io.leadbridge.core.workflow.handoff.TouchHistory;
import io.leadbridge.core.workflow.sla.SlaTimers;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Joins the SDR workflow to the pipeline: triage hands each applied plan to the {@link SpeedToLeadWorkflow}
 * (funnel move recorded, speed-to-lead clock started for the routed SDR) and then to the {@link SqlHandoff} (at SQL:
 * AE picked, handoff note and AE owner to the outbox, AE-acceptance clock started); the touch pipeline reports
 * logged touches to the speed-to-lead workflow as the {@link io.leadbridge.core.workflow.TouchLogged} bean (first
 * outbound touch stops the clock).
 */
@Configuration(proxyBeanMethods = false)
public class SdrWorkflowConfiguration {

    @Bean
    SpeedToLeadWorkflow speedToLeadWorkflow(SlaTimers slaTimers, JdbcFunnelLedger funnelLedger) {
        return new SpeedToLeadWorkflow(slaTimers, funnelLedger);
    }

    /** The handoff note's touch history comes from the touch inbox when touches are mirrored; else none. */
    @Bean
    SqlHandoff sqlHandoff(ActiveRules rules, JdbcFunnelLedger funnelLedger, SlaTimers slaTimers,
                          JdbcWorkflowCommandOutbox outbox, AuditTrail auditTrail, RoundRobinLedger roundRobin,
                          ObjectProvider<JdbcTouchInbox> touchInbox) {
        TouchHistory touches = touchInbox.stream().findFirst().<TouchHistory>map(inbox -> inbox::touchesOf)
                .orElse(TouchHistory.NONE);
        return new SqlHandoff(rules::current, funnelLedger, slaTimers, outbox, auditTrail, roundRobin, touches);
    }

    /** What triage tells: the speed-to-lead workflow first (MQL), then the handoff (SQL). */
    @Bean
    @Primary
    TriageOutcomes sdrWorkflow(SpeedToLeadWorkflow speedToLead, SqlHandoff handoff) {
        return TriageOutcomes.inOrder(List.of(speedToLead, handoff));
    }
}
