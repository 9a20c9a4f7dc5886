package io.leadbridge.app.workflow;

import io.leadbridge.core.workflow.SpeedToLeadWorkflow;
import io.leadbridge.core.workflow.sla.SlaTimers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins the SDR workflow to the pipeline: triage hands each applied plan to the {@link SpeedToLeadWorkflow}
 * (funnel move recorded, speed-to-lead clock started for the routed SDR), and the touch pipeline reports logged
 * touches to it as the {@link io.leadbridge.core.workflow.TouchLogged} bean (first outbound touch stops the clock).
 */
@Configuration(proxyBeanMethods = false)
public class SdrWorkflowConfiguration {

    @Bean
    SpeedToLeadWorkflow speedToLeadWorkflow(SlaTimers slaTimers, JdbcFunnelLedger funnelLedger) {
        return new SpeedToLeadWorkflow(slaTimers, funnelLedger);
    }
}
