package io.leadbridge.app.flow;

import io.leadbridge.app.config.CompanyFieldMappingsFactory;
import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.JdbcCompanyOwnWrites;
import io.leadbridge.app.persistence.JdbcCompanySnapshotStore;
import io.leadbridge.core.company.AccountMatcher;
import io.leadbridge.core.company.CompanyChangePlanner;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.company.CompanyFieldPlanner;
import io.leadbridge.core.company.CompanyIdentity;
import io.leadbridge.core.company.CompanySink;
import io.leadbridge.core.company.CompanySource;
import io.leadbridge.core.company.CompanySyncPass;
import io.leadbridge.core.company.FreeMailDomains;
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
 * Two-way company sync (ADR 0012): one leader-only poller runs a {@link CompanySyncPass} from HubSpot companies to
 * Salesforce Accounts, then one back, each on its own committed watermark. The flow only wires; the pass decides.
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
    JdbcCompanyOwnWrites companyOwnWrites(JdbcClient jdbc, TransactionTemplate tx) {
        return new JdbcCompanyOwnWrites(jdbc, tx);
    }

    @Bean
    CompanySyncPass companySyncPass(CompanyFieldMappings mappings, JdbcCompanySnapshotStore snapshots,
                                    JdbcCompanyOwnWrites ownWrites, IdMappingStore ids, HubSpotAdapter hubspot,
                                    SalesforceAdapter salesforce, OwnerDirectory hubspotOwners,
                                    OwnerDirectory salesforceOwners, WatermarkStore watermarks,
                                    AppliedVersionStore applied, ErrorQueue errors, ConnectorProperties properties,
                                    Clock clock) {
        AccountMatcher matcher = new AccountMatcher(FreeMailDomains.DEFAULT,
                List.of(hubspot.companyLookup(mappings, hubspotOwners), salesforce.accountLookup()));
        CompanyChangePlanner planner = new CompanyChangePlanner(
                new CompanyFieldPlanner(mappings, properties.sync().tieWinner()), snapshots, ownWrites);
        return new CompanySyncPass(new CompanyIdentity(ids, matcher), planner, watermarks, applied, errors,
                List.of(hubspotOwners, salesforceOwners), clock);
    }

    @Bean
    IntegrationFlow companySyncFlow(CompanySyncPass pass, HubSpotAdapter hubspot, SalesforceAdapter salesforce,
                                    OwnerDirectory hubspotOwners, OwnerDirectory salesforceOwners,
                                    CompanyFieldMappings mappings, ConnectorProperties properties) {
        CompanySource hubspotCompanies = hubspot.companySource(mappings, hubspotOwners);
        CompanySink hubspotSink = hubspot.companySink(mappings, hubspotOwners);
        CompanySource salesforceAccounts = salesforce.accountSource();
        CompanySink salesforceSink = salesforce.accountSink(mappings, salesforceOwners);
        int pageSize = properties.sync().pageSize();
        return IntegrationFlow
                .fromSupplier(() -> {
                            CompanySyncPass.Report toSalesforce = pass.run(hubspotCompanies, salesforceSink, pageSize);
                            CompanySyncPass.Report toHubSpot = pass.run(salesforceAccounts, hubspotSink, pageSize);
                            return toSalesforce.read() + toHubSpot.read() == 0 ? null : List.of(toSalesforce, toHubSpot);
                        },
                        e -> e.id("companySyncPoller").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().companyPollInterval())
                                        .errorHandler(failure -> log.warn("Company sync failed: {}",
                                                (failure.getCause() != null ? failure.getCause() : failure)
                                                        .getMessage()))))
                .nullChannel();
    }
}
