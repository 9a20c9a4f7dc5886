package io.leadbridge.app.workflow;

import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.workflow.SpeedToLeadWorkflow;
import io.leadbridge.core.workflow.handoff.SqlHandoff;
import io.leadbridge.core.workflow.handoff.TouchHistory;
import io.leadbridge.core.workflow.sla.SlaTimers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins the SDR workflow to the pipeline: triage hands each applied plan to the {@link SpeedToLeadWorkflow}
 * (funnel move recorded, speed-to-lead clock started for the routed SDR) and, through {@code CadenceConfiguration}'s
 * {@code SdrWorkflow}, to the cadence and then the {@link SqlHandoff} (at SQL: AE picked, handoff note and AE owner
 * to the outbox, AE-acceptance clock started); logged touches reach the speed-to-lead clock and the cadence.
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
}
