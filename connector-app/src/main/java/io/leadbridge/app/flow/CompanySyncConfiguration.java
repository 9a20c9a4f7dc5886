package io.leadbridge.app.flow;

import io.leadbridge.app.config.CompanyFieldMappingsFactory;
import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.DurableCommits;
import io.leadbridge.app.persistence.JdbcCompanyOwnWrites;
import io.leadbridge.app.persistence.JdbcCompanySnapshotStore;
import io.leadbridge.core.company.AccountMatcher;
import io.leadbridge.core.company.CompanyChangePlanner;
import io.leadbridge.core.company.CompanyDrain;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.company.CompanyFieldPlanner;
import io.leadbridge.core.company.CompanyIdentity;
import io.leadbridge.core.company.CompanyInbox;
import io.leadbridge.core.company.CompanyIntake;
import io.leadbridge.core.company.CompanySink;
import io.leadbridge.core.company.CompanySource;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.AppliedVersionStore;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-way company sync (ADR 0012, 0025): one leader-only poller stores the changed HubSpot companies and Salesforce
 * Accounts in the company inbox ({@link CompanyIntake}, each stream on its own watermark), and one leader-only drain
 * settles them, HubSpot to Salesforce then back ({@link CompanyDrain}). The flows only wire; the core decides.
 * Off with {@code connector.sync.company-sync-enabled=false}. Built after the settings, the person-field table and
 * the HubSpot start-up check, so an invalid configuration or a portal that lacks a mapped property stops the start
 * before any Salesforce connection is made.
 */
@Configuration(proxyBeanMethods = false)
@DependsOn({"crmSettings", "personFieldMappings", "hubspotStartupCheck"})
@Conditional(LiveModeCondition.class)
@ConditionalOnProperty(name = "connector.sync.company-sync-enabled", havingValue = "true", matchIfMissing = true)
public class CompanySyncConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CompanySyncConfiguration.class);

    @Bean
    CompanyFieldMappings companyFieldMappings(ConnectorProperties properties) {
        return CompanyFieldMappingsFactory.from(properties.sync().companyFields());
    }

    @Bean
    JdbcCompanySnapshotStore companySnapshotStore(JdbcClient jdbc) {
        return new JdbcCompanySnapshotStore(jdbc);
    }

    @Bean
    JdbcCompanyOwnWrites companyOwnWrites(JdbcClient jdbc, TransactionTemplate tx, DurableCommits durable) {
        return new JdbcCompanyOwnWrites(jdbc, tx, durable);
    }

    @Bean
    CompanyDrain companyDrain(CompanyInbox companyInbox, CompanyFieldMappings mappings,
                              JdbcCompanySnapshotStore snapshots, JdbcCompanyOwnWrites ownWrites, IdMappingStore ids,
                              HubSpotAdapter hubspot, SalesforceAdapter salesforce, OwnerDirectory hubspotOwners,
                              OwnerDirectory salesforceOwners, AppliedVersionStore applied, ErrorQueue errors,
                              ConnectorProperties properties, Clock clock) {
        AccountMatcher matcher = new AccountMatcher(FreeMailDomains.DEFAULT,
                List.of(hubspot.companyLookup(mappings, hubspotOwners), salesforce.accountLookup()));
        CompanyChangePlanner planner = new CompanyChangePlanner(
                new CompanyFieldPlanner(mappings, properties.sync().tieWinner()), snapshots, ownWrites);
        ConnectorProperties.Retry retry = properties.sync().retry();
        return new CompanyDrain(companyInbox, new CompanyIdentity(ids, matcher), planner, applied, errors,
                new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff()),
                List.of(hubspotOwners, salesforceOwners), clock);
    }

    /** Stores changed companies and Accounts in the inbox, every {@code connector.sync.company-poll-interval}. */
    @Bean
    IntegrationFlow companySyncFlow(CompanyInbox companyInbox, WatermarkStore watermarks, HubSpotAdapter hubspot,
                                    SalesforceAdapter salesforce, OwnerDirectory hubspotOwners,
                                    CompanyFieldMappings mappings, ConnectorProperties properties, Clock clock) {
        CompanySource hubspotCompanies = hubspot.companySource(mappings, hubspotOwners);
        CompanySource salesforceAccounts = salesforce.accountSource();
        CompanyIntake intake = new CompanyIntake(companyInbox, watermarks, clock, properties.sync().pageSize(),
                properties.sync().maxPagesPerPoll());
        return IntegrationFlow
                .fromSupplier(() -> {
                            int read = intake.poll(hubspotCompanies) + intake.poll(salesforceAccounts);
                            return read == 0 ? null : read;
                        },
                        e -> e.id("companySyncPoller").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().companyPollInterval())
                                        .errorHandler(failure -> log.warn("Company poll failed: {}",
                                                (failure.getCause() != null ? failure.getCause() : failure)
                                                        .getMessage()))))
                .nullChannel();
    }

    /**
     * Settles due company changes, HubSpot to Salesforce then back, up to {@code connector.sync.batch-size} each,
     * every {@code connector.sync.drain-interval}. One drain on the poller leader: no two workers ever handle one
     * company pair at once.
     */
    @Bean
    IntegrationFlow companyDrainFlow(CompanyDrain drain, HubSpotAdapter hubspot, SalesforceAdapter salesforce,
                                     OwnerDirectory hubspotOwners, OwnerDirectory salesforceOwners,
                                     CompanyFieldMappings mappings, ConnectorProperties properties) {
        CompanySink hubspotSink = hubspot.companySink(mappings, hubspotOwners);
        CompanySink salesforceSink = salesforce.accountSink(mappings, salesforceOwners);
        int batchSize = properties.sync().batchSize();
        return IntegrationFlow
                .fromSupplier(() -> {
                            CompanyDrain.Report toSalesforce = drain.drain(salesforceSink, batchSize);
                            CompanyDrain.Report toHubSpot = drain.drain(hubspotSink, batchSize);
                            return toSalesforce.taken() + toHubSpot.taken() == 0 ? null
                                    : List.of(toSalesforce, toHubSpot);
                        },
                        e -> e.id("companyDrainer").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().drainInterval())
                                        .errorHandler(failure -> log.warn("Company drain failed: {}",
                                                (failure.getCause() != null ? failure.getCause() : failure)
                                                        .getMessage()))))
                .nullChannel();
    }
}
