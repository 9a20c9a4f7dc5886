package io.leadbridge.app.api;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.flow.SyncPipelineConfiguration;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.engine.Backfill;
import io.leadbridge.core.engine.DryRun;
import io.leadbridge.core.engine.Resync;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.port.BackfillRuns;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * The operations that read the CRMs: resync, dry run and backfill. A running backfill is paged into the inbox by a
 * leader-only poller, like the streams' own pollers, so one instance reads it; its sources are its own, not the
 * pollers' (a Salesforce source keeps its Bulk API job in memory). Created after the start-up checks, in their
 * order (mapping tables, HubSpot portal, Salesforce org), so that the first problem found still stops the start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@DependsOn({"personFieldMappings", "statusMappings", "hubspotStartupCheck", "salesforceAdapter"})
public class LiveOperationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveOperationsConfiguration.class);

    @Bean
    CurrentRecords currentRecords(HubSpotAdapter hubspot, SalesforceAdapter salesforce, FieldMappings mappings,
                                  OwnerDirectory hubspotOwners) {
        return new CurrentRecords(hubspot.contactLookup(mappings, hubspotOwners), salesforce.leadLookup(mappings),
                List.of(hubspot.peopleLookup(mappings), salesforce.peopleLookup()));
    }

    @Bean
    DryRun dryRun(IdMappingStore ids, IdentityResolver identityResolver, TwoWayChangePlanner twoWayChangePlanner,
                  AuditTrail auditTrail, PersonOwners personOwners) {
        return new DryRun(ids, identityResolver, twoWayChangePlanner, auditTrail, personOwners);
    }

    @Bean
    Resync resync(ChangeInbox inbox) {
        return new Resync(inbox);
    }

    @Bean
    Backfill backfill(HubSpotAdapter hubspot, SalesforceAdapter salesforce, FieldMappings mappings, ChangeInbox inbox,
                      BackfillRuns runs, ConnectorProperties properties, Clock clock,
                      OwnerDirectory hubspotOwners) {
        return new Backfill(List.of(hubspot.contactSource(mappings, hubspotOwners), salesforce.leadSource(mappings)), inbox, runs,
                properties.sync().pageSize(), clock);
    }

    @Bean
    IntegrationFlow backfillFlow(Backfill backfill, ConnectorProperties properties) {
        return IntegrationFlow
                .fromSupplier(() -> {
                            int read = backfill.step();
                            return read == 0 ? null : read;
                        },
                        e -> e.id("backfillPoller").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().backfillInterval())
                                        .errorHandler(failure -> log.warn("Backfill page failed: {}",
                                                (failure.getCause() != null ? failure.getCause() : failure)
                                                        .getMessage()))))
                .nullChannel();
    }
}
