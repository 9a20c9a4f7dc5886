package io.leadbridge.app.rules;

import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.triage.TriageStep;
import io.leadbridge.core.workflow.handoff.AeAnswerStep;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Qualification and routing after sync: the sync worker hands every settled HubSpot contact change to a
 * {@link TriageStep} that reads the rules in force, sets the Salesforce Lead's status and owner and records the
 * decisions in the audit trail; the SDR workflow ({@link TriageOutcomes}) takes each applied plan.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class TriageConfiguration {

    /** Triage, then the AE's answer to a handoff ({@link AeAnswerStep}): the one step the sync worker runs. */
    @Bean
    @Primary
    SettledChangeListener triageStep(ActiveRules rules, StatusMappings statusMappings, IdMappingStore ids,
                                     AuditTrail auditTrail, SalesforceAdapter salesforce, RoundRobinLedger ledger,
                                     Clock clock, TriageOutcomes workflow, AeAnswerStep aeAnswers) {
        return SettledChangeListener.all(List.of(new TriageStep(rules::current, statusMappings, ids, auditTrail,
                salesforce.accountOwners(), ledger, salesforce.leadAssignments(), clock, workflow), aeAnswers));
    }
}
