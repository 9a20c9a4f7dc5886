package io.leadbridge.app.workflow;

import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.workflow.handoff.AeAnswerStep;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The AE's answer to a handoff: after each settled Salesforce Lead or HubSpot contact change, the
 * {@link AeAnswerStep} reads the record's status and reason field for a person waiting at SQL and accepts or recycles
 * (the sync worker runs it after triage).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class HandoffConfiguration {

    @Bean
    AeAnswerStep aeAnswerStep(ActiveRules rules, IdMappingStore ids, JdbcFunnelLedger funnelLedger,
                              SalesforceAdapter salesforce, HubSpotAdapter hubspot, SlaTimers slaTimers,
                              JdbcWorkflowCommandOutbox outbox, AuditTrail auditTrail, Clock clock) {
        return new AeAnswerStep(rules::current, ids, funnelLedger, Map.of(
                CrmSystem.SALESFORCE, salesforce.leadAnswers(), CrmSystem.HUBSPOT, hubspot.leadAnswers()),
                slaTimers, outbox, auditTrail, clock);
    }
}
