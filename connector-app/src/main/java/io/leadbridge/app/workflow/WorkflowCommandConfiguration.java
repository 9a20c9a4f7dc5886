package io.leadbridge.app.workflow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.flow.SyncPipelineConfiguration;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.workflow.CommandDelivery;
import io.leadbridge.core.workflow.Reassignments;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.core.workflow.cadence.CadenceWorkflow;
import io.leadbridge.core.workflow.CrmCommandRouting;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * The workflow command executor: the poller leader carries the outbox's commands to the CRMs (each to the CRMs
 * {@link CrmCommandRouting} names: HubSpot first for notes and stage moves, with echo suppression) every
 * {@code connector.workflow.command-interval}, retrying with the sync's retry policy and parking refused commands.
 * A {@code Reassign} runs routing again ({@link Reassignments}) before the Salesforce carrier changes the owner.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class WorkflowCommandConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkflowCommandConfiguration.class);

    @Bean
    WorkflowCommandExecutor workflowCommandExecutor(JdbcWorkflowCommandOutbox outbox, IdMappingStore ids,
                                                    SalesforceAdapter salesforce, HubSpotAdapter hubspot,
                                                    OwnWriteStore ownWrites, StatusMappings statusMappings,
                                                    ConnectorProperties properties, Clock clock, ActiveRules rules,
                                                    RoundRobinLedger roundRobin, AuditTrail audit,
                                                    CadenceWorkflow cadences) {
        ConnectorProperties.Retry retry = properties.sync().retry();
        RetryPolicy policy = new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff());
        WorkflowCommandCarrier toSalesforce = new Reassignments(salesforce.workflowCommands(ids, statusMappings, clock),
                () -> rules.current().section(RoutingRules.class), roundRobin, audit, clock, cadences);
        CrmCommandRouting carriers = new CrmCommandRouting(Map.of(
                CrmSystem.HUBSPOT, hubspot.workflowCommands(ids, statusMappings, ownWrites, clock),
                CrmSystem.SALESFORCE, toSalesforce));
        return new WorkflowCommandExecutor(outbox, new CommandDelivery(carriers, policy), clock);
    }

    /** Leader-only, so that no two instances deliver the same command. */
    @Bean
    IntegrationFlow workflowCommandFlow(WorkflowCommandExecutor executor, ConnectorProperties properties) {
        ConnectorProperties.Workflow workflow = properties.workflow();
        return IntegrationFlow
                .fromSupplier(() -> {
                            WorkflowCommandExecutor.Report report = executor.run(workflow.commandsPerRun());
                            return report.idle() ? null : report;
                        },
                        e -> e.id("workflowCommandPoller").role(SyncPipelineConfiguration.POLLER_ROLE)
                                .autoStartup(false)
                                .poller(Pollers.fixedDelay(workflow.commandInterval())
                                        .errorHandler(failure -> log.warn("Workflow command run failed: {}",
                                                failure.toString()))))
                .nullChannel();
    }
}
