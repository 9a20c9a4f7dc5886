package io.leadbridge.app.workflow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.flow.SyncPipelineConfiguration;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.workflow.SdrWorkflow;
import io.leadbridge.core.workflow.handoff.SqlHandoff;
import io.leadbridge.core.workflow.SpeedToLeadWorkflow;
import io.leadbridge.core.workflow.cadence.CadenceRules;
import io.leadbridge.core.workflow.cadence.CadenceSteps;
import io.leadbridge.core.workflow.cadence.CadenceWorkflow;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cadences in the running app: the {@link CadenceWorkflow} joins the SDR workflow that triage and the touch drain
 * report to (beside the speed-to-lead clock), and the poller leader fires due cadence timers (step tasks, the check
 * after the breakup email) into the command outbox, at the SLA timers' interval and lease. The cadences are the
 * rules file's {@code cadences} section as it is now, so a reload applies to the next step fired.
 */
@Configuration(proxyBeanMethods = false)
public class CadenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CadenceConfiguration.class);

    @Bean
    JdbcCadenceStore cadenceStore(JdbcClient jdbc) {
        return new JdbcCadenceStore(jdbc);
    }

    @Bean
    CadenceWorkflow cadenceWorkflow(ActiveRules rules, JdbcCadenceStore runs, JdbcTimerStore timers,
                                    AuditTrail audit, Clock clock) {
        return new CadenceWorkflow(() -> rules.current().section(CadenceRules.class), runs, timers, audit, clock);
    }

    @Bean
    CadenceSteps cadenceSteps(ActiveRules rules, JdbcCadenceStore runs, JdbcTimerStore timers,
                              JdbcWorkflowCommandOutbox outbox, JdbcFunnelLedger ledger, AuditTrail audit, Clock clock,
                              ConnectorProperties properties) {
        return new CadenceSteps(() -> rules.current().section(CadenceRules.class), runs, timers, outbox, ledger,
                audit, clock, properties.workflow().timerLease());
    }

    /**
     * What triage and the touch drain are given: the speed-to-lead clock first, then the cadence; triage's plans
     * then go to the SQL handoff (ADR 0021).
     */
    @Bean
    @Primary
    SdrWorkflow sdrWorkflow(SpeedToLeadWorkflow speedToLead, CadenceWorkflow cadence, SqlHandoff handoff) {
        return new SdrWorkflow(List.of(speedToLead, cadence, handoff), List.of(speedToLead, cadence));
    }

    /** Leader-only: fires due cadence timers; each is claimed in the database, so none fires twice. */
    @Bean
    @Conditional(LiveModeCondition.class)
    IntegrationFlow cadenceTimerFlow(CadenceSteps steps, ConnectorProperties properties) {
        ConnectorProperties.Workflow workflow = properties.workflow();
        return IntegrationFlow
                .fromSupplier(() -> {
                            CadenceSteps.Report report = steps.fireDue(workflow.timersPerRun());
                            return report.fired() + report.failed() == 0 ? null : report;
                        },
                        e -> e.id("cadenceTimerPoller").role(SyncPipelineConfiguration.POLLER_ROLE)
                                .autoStartup(false)
                                .poller(Pollers.fixedDelay(workflow.timerInterval())
                                        .errorHandler(failure -> log.warn("Cadence timer run failed: {}",
                                                failure.toString()))))
                .nullChannel();
    }
}
