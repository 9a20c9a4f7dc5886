package io.leadbridge.app.workflow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.flow.SyncPipelineConfiguration;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.workflow.handoff.RecycleRules;
import io.leadbridge.core.workflow.sla.SlaPolicy;
import io.leadbridge.core.workflow.sla.SlaRules;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SDR workflow's durable parts: SLA timers fired by the poller leader, the command outbox the timers write to,
 * and the funnel ledger behind {@code GET /api/funnel} and the {@code leadbridge_funnel_*} gauges. The SLA and
 * recycle rules are the rules file's {@code sla} and {@code recycle} sections as read at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkflowConfiguration.class);

    @Bean
    JdbcTimerStore timerStore(JdbcClient jdbc) {
        return new JdbcTimerStore(jdbc);
    }

    @Bean
    JdbcFunnelLedger funnelLedger(JdbcClient jdbc) {
        return new JdbcFunnelLedger(jdbc);
    }

    @Bean
    JdbcWorkflowCommandOutbox workflowCommandOutbox(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        return new JdbcWorkflowCommandOutbox(jdbc, tx, clock);
    }

    @Bean
    SlaRules slaRules(ActiveRules rules) {
        return rules.current().section(SlaRules.class);
    }

    @Bean
    RecycleRules recycleRules(ActiveRules rules) {
        return rules.current().section(RecycleRules.class);
    }

    @Bean
    SlaTimers slaTimers(SlaRules rules, JdbcTimerStore timers, JdbcWorkflowCommandOutbox outbox,
                        JdbcFunnelLedger ledger, AuditTrail audit, Clock clock, ConnectorProperties properties) {
        return new SlaTimers(new SlaPolicy(rules), timers, outbox, ledger, audit, clock,
                properties.workflow().timerLease());
    }

    @Bean
    FunnelMetrics funnelMetrics(JdbcFunnelLedger ledger, Clock clock, ConnectorProperties properties,
                                RecycleRules recycle, MeterRegistry registry) {
        return new FunnelMetrics(ledger, clock, properties.workflow().metricsWindow(),
                recycle.flagAfterRejections(), registry);
    }

    /** Leader-only: fires the due SLA timers; a timer is claimed in the database, so a new leader never repeats one. */
    @Bean
    @Conditional(LiveModeCondition.class)
    IntegrationFlow slaTimerFlow(SlaTimers timers, FunnelMetrics metrics, ConnectorProperties properties) {
        ConnectorProperties.Workflow workflow = properties.workflow();
        return IntegrationFlow
                .fromSupplier(() -> {
                            SlaTimers.FiringReport report = timers.fireDue(workflow.timersPerRun());
                            return report.fired() + report.failed() == 0 ? null : report;
                        },
                        e -> e.id("slaTimerPoller").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(workflow.timerInterval())
                                        .errorHandler(failure -> log.warn("SLA timer run failed: {}",
                                                failure.toString()))))
                .handle(metrics, "fired")
                .get();
    }

    /** Every instance keeps its funnel gauges fresh from the shared database. */
    @Bean
    IntegrationFlow funnelMetricsFlow(FunnelMetrics metrics, ConnectorProperties properties) {
        return IntegrationFlow
                .fromSupplier(() -> {
                            metrics.refresh();
                            return null;
                        },
                        e -> e.id("funnelMetricsRefresher").poller(Pollers.fixedDelay(
                                        properties.workflow().metricsRefresh())
                                .errorHandler(failure -> log.warn("Funnel metrics refresh failed: {}",
                                        failure.toString()))))
                .nullChannel();
    }
}
