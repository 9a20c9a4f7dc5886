package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.CrmSettings;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.config.LeadSchemaExpectationsFactory;
import io.leadbridge.app.config.PersonFieldMappingsFactory;
import io.leadbridge.app.config.SalesforceOptionsFactory;
import io.leadbridge.app.config.StatusMappingsFactory;
import io.leadbridge.app.persistence.JdbcOutboundMessageStore;
import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.app.webhook.SalesforceOutboundMessageProcessor;
import io.leadbridge.app.webhook.SalesforceTouchNotifications;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.conflict.PersonSnapshotStore;
import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.engine.ChangeIngestor;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.engine.DeleteHandling;
import io.leadbridge.core.engine.SyncWorker;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.AppliedVersionStore;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.RecordLocks;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.status.FunnelStatusSync;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnershipRules;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.sync.StatusRules;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceLeadSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;
import org.springframework.integration.leader.DefaultCandidate;

/**
 * The live sync pipeline, both ways: leader-only pollers read HubSpot contacts and Salesforce Leads (and stored
 * Outbound Messaging notifications) into the durable inbox, and every instance drains the inbox into batched
 * writes to the other CRM, planned two-way. The flows only wire; {@link ChangeIngestor}
 * and {@link SyncWorker} decide.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class SyncPipelineConfiguration {

    /**
     * A drain's batches per run: any negative count runs batches until one makes no progress. Not
     * {@code PollerMetadata.MAX_MESSAGES_UNBOUNDED}: on a source's poller Spring Integration reads that as one
     * message per poll, which stopped every drain after its first batch (ADR 0043).
     */
    static final long BATCHES_UNTIL_NO_PROGRESS = -1;

    /** HubSpot's search limit a second: more pages at once would only wait for it. */
    static final int MAX_SEARCHES_AT_ONCE = 5;

    /** Endpoints in this role run on the one instance that holds the poller leadership lock. */
    public static final String POLLER_ROLE = "leadbridge-pollers";
    static final StreamId HUBSPOT_CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    static final StreamId SALESFORCE_LEADS = SalesforceLeadSource.LEADS;
    /** Outbound-message notifications turned into inbox changes per run: one SOQL read of up to 200 Leads. */
    static final int NOTIFICATIONS_PER_RUN = 200;

    private static final Logger log = LoggerFactory.getLogger(SyncPipelineConfiguration.class);

    @Bean
    CrmSettings crmSettings(ConnectorProperties properties) {
        CrmSettings settings = CrmSettings.from(properties);
        log.info("Live mode: syncing HubSpot {} (API {}) to Salesforce {} (API {})", settings.hubspot().baseUrl(),
                settings.hubspot().apiVersion(), settings.salesforce().instanceUrl(), settings.salesforce().apiVersion());
        return settings;
    }

    /** The mapping table, with the ownership the rules file's {@code fields} section names winning. */
    @Bean
    FieldMappings personFieldMappings(ConnectorProperties properties, ActiveRules rules) {
        Rules atStartup = rules.atStartup();
        return atStartup.section(FieldOwnershipRules.class)
                .applyTo(PersonFieldMappingsFactory.from(properties.sync().personFields()), atStartup.source());
    }

    /** The rules file's {@code statuses} table when it has one, else {@code connector.sync.status-mappings}. */
    @Bean
    StatusMappings statusMappings(ConnectorProperties properties, ActiveRules rules) {
        return rules.atStartup().section(StatusRules.class).table()
                .orElseGet(() -> StatusMappingsFactory.from(properties.sync().statusMappings()));
    }

    /** One connection per account: every HubSpot bean shares its token and its rate budget. */
    @Bean
    HubSpotAdapter hubspotAdapter(CrmSettings settings, ConnectorProperties properties, Clock clock) {
        return HubSpotAdapter.connect(settings.hubspot(), clock).withSearchLag(properties.hubspot().searchLag(), clock);
    }

    /** Refuses to start when the portal lacks a mapped property or a status-mapping value. */
    @Bean
    HubSpotStartupCheck hubspotStartupCheck(HubSpotAdapter hubspot, StatusMappings statuses,
                                            ConnectorProperties properties, ActiveRules rules) {
        String statusesPath = rules.atStartup().section(StatusRules.class).table().isPresent() ? StatusRules.SECTION
                : HubSpotStartupCheck.STATUS_MAPPINGS;
        HubSpotStartupCheck check = new HubSpotStartupCheck(hubspot.portalCheck(), statuses, properties.sync(),
                statusesPath);
        check.run();
        return check;
    }

    /**
     * Searches of {@code page-size} contacts; a read of several asks for the pages after its first side by side, on
     * the read-ahead threads.
     */
    @Bean
    CrmSource hubspotContactSource(HubSpotAdapter hubspot, FieldMappings mappings, OwnerDirectory hubspotOwners,
                                   ConnectorProperties properties, PollReadAhead pollReadAhead) {
        return hubspot.contactSource(mappings, hubspotOwners, properties.sync().pageSize(), pollReadAhead.executor());
    }

    /** Writes people into HubSpot when a change comes from Salesforce. */
    @Bean
    CrmSink hubspotContactSink(HubSpotAdapter hubspot, FieldMappings mappings, OwnerDirectory hubspotOwners) {
        return hubspot.contactSink(mappings, hubspotOwners);
    }

    /**
     * The Salesforce adapter, after checking the org's Lead object against the mapping tables: a field, external-id
     * field or Lead.Status value the org lacks stops the start-up, naming the configuration entry. Takes the mapping
     * beans so that their own validation runs first.
     */
    @Bean
    SalesforceAdapter salesforceAdapter(CrmSettings settings, ConnectorProperties properties, Clock clock,
                                        FieldMappings mappings, StatusMappings statusMappings,
                                        ActiveRules rules) {
        SalesforceAdapter adapter = SalesforceAdapter.connect(settings.salesforce(),
                SalesforceOptionsFactory.from(properties.salesforce()), clock);
        adapter.checkLeadSchema(LeadSchemaExpectationsFactory.from(properties,
                rules.atStartup().section(StatusRules.class).table()));
        log.info("Salesforce org {} has every mapped Lead field and Lead.Status value", settings.salesforce().organizationId());
        return adapter;
    }

    @Bean
    CrmSink salesforceLeadSink(SalesforceAdapter salesforce, FieldMappings mappings, OwnerDirectory salesforceOwners) {
        return salesforce.leadSink(mappings, salesforceOwners);
    }

    @Bean
    CrmSource salesforceLeadSource(SalesforceAdapter salesforce, FieldMappings mappings) {
        return salesforce.leadSource(mappings);
    }

    @Bean
    ChangeIngestor salesforceLeadIngestor(CrmSource salesforceLeadSource, ChangeInbox inbox,
                                          WatermarkStore watermarks, ConnectorProperties properties,
                                          PollReadAhead pollReadAhead) {
        return new ChangeIngestor(salesforceLeadSource, inbox, watermarks, properties.sync().pageSize(),
                properties.sync().maxPagesPerPoll(), pollReadAhead.executor());
    }

    @Bean
    SalesforceOutboundMessageProcessor salesforceOutboundMessageProcessor(JdbcOutboundMessageStore notifications,
                                                                          SalesforceAdapter salesforce,
                                                                          FieldMappings mappings, ChangeInbox inbox,
                                                                          ObjectProvider<SalesforceTouchNotifications>
                                                                                  touches) {
        return new SalesforceOutboundMessageProcessor(notifications, salesforce.leadLookup(mappings), inbox,
                Optional.ofNullable(touches.getIfAvailable()));
    }

    /** Identity resolution: the id map, else a match by normalised email in the other CRM. */
    @Bean
    IdentityResolver identityResolver(IdMappingStore ids, HubSpotAdapter hubspot, SalesforceAdapter salesforce,
                                      FieldMappings mappings) {
        return new IdentityResolver(ids, List.of(hubspot.peopleLookup(mappings), salesforce.peopleLookup()));
    }

    /** Two-way planning, with the funnel-status table translating each side's status values. */
    @Bean
    TwoWayChangePlanner twoWayChangePlanner(FieldMappings mappings, PersonSnapshotStore snapshots,
                                            OwnWriteStore ownWrites, ConnectorProperties properties,
                                            StatusMappings statusMappings) {
        return new TwoWayChangePlanner(new TwoWayFieldPlanner(mappings, properties.sync().tieWinner()), snapshots,
                ownWrites, new FunnelStatusSync(statusMappings));
    }

    /** Reads {@code connector.hubspot.searches-at-once} search pages of {@code page-size} contacts at a time. */
    @Bean
    ChangeIngestor hubspotContactIngestor(CrmSource hubspotContactSource, ChangeInbox inbox,
                                          WatermarkStore watermarks, ConnectorProperties properties,
                                          PollReadAhead pollReadAhead) {
        int searchesAtOnce = properties.hubspot().searchesAtOnce();
        if (searchesAtOnce < 1 || searchesAtOnce > MAX_SEARCHES_AT_ONCE) {
            throw new InvalidConfigurationException(List.of("connector.hubspot.searches-at-once: must be 1 to "
                    + MAX_SEARCHES_AT_ONCE + " (HubSpot's searches a second), was " + searchesAtOnce));
        }
        return new ChangeIngestor(hubspotContactSource, inbox, watermarks,
                properties.sync().pageSize() * searchesAtOnce, properties.sync().maxPagesPerPoll(),
                pollReadAhead.executor());
    }

    @Bean
    SyncWorker syncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                          WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks,
                          IdentityResolver identityResolver, TwoWayChangePlanner twoWayChangePlanner,
                          AuditTrail auditTrail, DeleteHandling deleteHandling, ConnectorProperties properties,
                          Clock clock, List<SettledChangeListener> afterSettle, MeterRegistry meterRegistry,
                          PersonOwners personOwners) {
        ConnectorProperties.Retry retry = properties.sync().retry();
        return new SyncWorker(inbox, ids, applied, errors, watermarks, locks, sinks, identityResolver,
                twoWayChangePlanner, auditTrail, deleteHandling, new RetryPolicy(retry.maxAttempts(),
                retry.initialBackoff(), retry.maxBackoff()), clock, properties.sync().lease(),
                new SyncLatencyMetrics(SettledChangeListener.all(afterSettle), meterRegistry, clock), personOwners);
    }

    @Bean
    SyncMetrics syncMetrics(MeterRegistry registry) {
        return new SyncMetrics(registry);
    }

    @Bean
    IntegrationFlow hubspotContactsPollFlow(ChangeIngestor hubspotContactIngestor, SyncMetrics metrics,
                                            ConnectorProperties properties) {
        return pollFlow(hubspotContactIngestor, HUBSPOT_CONTACTS, "hubspotContactsPoller",
                properties.sync().pollInterval(), metrics);
    }

    @Bean
    IntegrationFlow salesforceLeadsPollFlow(ChangeIngestor salesforceLeadIngestor, SyncMetrics metrics,
                                            ConnectorProperties properties) {
        return pollFlow(salesforceLeadIngestor, SALESFORCE_LEADS, "salesforceLeadsPoller",
                properties.sync().salesforcePollInterval(), metrics);
    }

    /** Leader-only, like every read: stored outbound messages become inbox changes. */
    @Bean
    IntegrationFlow salesforceOutboundMessagesFlow(SalesforceOutboundMessageProcessor processor,
                                                   ConnectorProperties properties) {
        return IntegrationFlow
                .fromSupplier(() -> processor.processPending(NOTIFICATIONS_PER_RUN),
                        e -> e.id("salesforceOutboundMessagesPoller").role(POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().drainInterval())
                                        .errorHandler(failure -> logFailure("Outbound message processing", failure))))
                .nullChannel();
    }

    /**
     * Drains the inbox on up to {@code connector.sync.drains} threads at once: every {@code drain-interval} the
     * poller starts another drain when one of them is free ({@link ConcurrentDrains}); each runs batches while they
     * progress: until the inbox has nothing due, or nothing that other drains do not hold. The record and email locks
     * keep two drains off one person (ADR 0039).
     */
    @Bean
    IntegrationFlow inboxDrainFlow(SyncWorker syncWorker, SyncMetrics metrics, ConnectorProperties properties,
                                   ConcurrentDrains concurrentDrains) {
        int batchSize = properties.sync().batchSize();
        return IntegrationFlow
                .fromSupplier(() -> {
                            SyncWorker.BatchReport report = syncWorker.processBatch(batchSize);
                            return report.madeProgress() ? report : null;
                        },
                        e -> e.id("inboxDrainer").poller(Pollers.fixedDelay(properties.sync().drainInterval())
                                .maxMessagesPerPoll(BATCHES_UNTIL_NO_PROGRESS)
                                .taskExecutor(concurrentDrains.executor())
                                .errorHandler(failure -> logFailure("Inbox drain", failure))))
                .handle(metrics, "processed")
                .get();
    }

    @Bean(destroyMethod = "shutdownNow")
    PollReadAhead pollReadAhead() {
        return new PollReadAhead();
    }

    @Bean(destroyMethod = "shutdownNow")
    ConcurrentDrains concurrentDrains(ConnectorProperties properties) {
        return new ConcurrentDrains(properties.sync().drains(), "inbox-drain-");
    }

    /** Makes this instance the poller leader while it holds the lock; any instance may take over. */
    @Bean
    LockRegistryLeaderInitiator pollerLeaderInitiator(JdbcLockRegistry lockRegistry) {
        return new LockRegistryLeaderInitiator(lockRegistry,
                new DefaultCandidate(UUID.randomUUID().toString(), POLLER_ROLE));
    }

    /**
     * A leader-only poller that reads one stream into the inbox, every {@code interval}, and again at once while
     * the stream has more waiting ({@link BacklogPoll}), up to {@value #POLLS_PER_CYCLE} polls in a row; a cycle
     * that this bound cut short is followed by the next at once ({@link BacklogTrigger}).
     */
    static IntegrationFlow pollFlow(ChangeIngestor ingestor, StreamId stream, String id, Duration interval,
                                            SyncMetrics metrics) {
        BacklogPoll backlog = new BacklogPoll(() -> ingestor.poll(stream));
        return IntegrationFlow
                .fromSupplier(backlog,
                        e -> e.id(id).role(POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.trigger(new BacklogTrigger(backlog, interval))
                                        .maxMessagesPerPoll(POLLS_PER_CYCLE)
                                        .errorHandler(failure -> logFailure(stream + " poll", failure))))
                .handle(metrics, "polled")
                .get();
    }

    /**
     * Polls of one stream in one poller cycle at most: a long backlog hands its scheduler thread back this often, so
     * the other pollers take their turn in between.
     */
    static final int POLLS_PER_CYCLE = 20;

    private static void logFailure(String stage, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log.warn("{} failed: {}", stage, cause.getMessage());
    }
}
