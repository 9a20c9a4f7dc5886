package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.DurableCommits;
import io.leadbridge.app.persistence.JdbcSdrContextStore;
import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.app.persistence.JdbcTouchMirrorStore;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.touch.SdrContextNotes;
import io.leadbridge.core.touch.SdrContextPublisher;
import io.leadbridge.core.touch.TouchDrain;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.core.touch.TouchMirrorPass;
import io.leadbridge.core.touch.TouchMirrorWriter;
import io.leadbridge.core.touch.TouchMirroring;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Touch mirroring both ways (ADR 0011): a leader-only poller reads HubSpot engagements and Salesforce Tasks and
 * Events into the durable touch inbox, and a leader-only drain mirrors them into the other CRM through the
 * claim-guarded writer, keeping each person's SDR-context note up to date. The flows only wire;
 * {@link TouchIntake}, {@link TouchDrain} and {@link SdrContextNotes} decide.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@ConditionalOnProperty(name = "connector.sync.touches.enabled", havingValue = "true", matchIfMissing = true)
public class TouchMirroringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TouchMirroringConfiguration.class);

    @Bean
    JdbcTouchMirrorStore touchMirrorStore(JdbcClient jdbc, DurableCommits durable) {
        return new JdbcTouchMirrorStore(jdbc, durable);
    }

    @Bean
    JdbcSdrContextStore sdrContextStore(JdbcClient jdbc, DurableCommits durable) {
        return new JdbcSdrContextStore(jdbc, durable);
    }

    @Bean
    TouchFeeds touchFeeds(ConnectorProperties properties, HubSpotAdapter hubspot, SalesforceAdapter salesforce,
                          JdbcTouchInbox inbox, WatermarkStore watermarks, Clock clock) {
        ConnectorProperties.Touches touches = properties.sync().touches();
        return TouchFeeds.configured(touches, hubspot, salesforce,
                new TouchIntake(inbox, watermarks, clock, touches.pageSize(), touches.maxPagesPerPoll()));
    }

    @Bean
    SdrContextPublisher sdrContextPublisher(ConnectorProperties properties, JdbcTouchInbox inbox, IdMappingStore ids,
                                            JdbcSdrContextStore store, HubSpotAdapter hubspot,
                                            SalesforceAdapter salesforce, AuditTrail audit, Clock clock) {
        ConnectorProperties.Touches touches = properties.sync().touches();
        if (!touches.sdrContextNote()) {
            return SdrContextPublisher.NONE;
        }
        return new SdrContextNotes(inbox, ids, store, List.of(hubspot.sdrContextSink(clock),
                salesforce.sdrContextSink()), audit, clock, ZoneId.of(touches.noteTimeZone()), touches.waitInterval());
    }

    /** HubSpot touches are written to Salesforce as Tasks, Salesforce touches to HubSpot as engagements. */
    @Bean
    TouchDrain touchDrain(JdbcTouchInbox inbox, JdbcTouchMirrorStore mirrors, IdMappingStore ids,
                          HubSpotAdapter hubspot, SalesforceAdapter salesforce, ErrorQueue errors, AuditTrail audit,
                          SdrContextPublisher sdrContext, ConnectorProperties properties, Clock clock,
                          TouchLogged touchLogged) {
        TouchMirroring mirroring = new TouchMirroring();
        Map<CrmSystem, TouchMirrorPass> passes = Map.of(
                CrmSystem.HUBSPOT, new TouchMirrorPass(ids, mirroring,
                        new TouchMirrorWriter(mirrors, salesforce.touchSink(), clock)),
                CrmSystem.SALESFORCE, new TouchMirrorPass(ids, mirroring,
                        new TouchMirrorWriter(mirrors, hubspot.activitySink(), clock)));
        ConnectorProperties.Retry retry = properties.sync().retry();
        return new TouchDrain(inbox, passes, ids, errors, audit, sdrContext, clock,
                properties.sync().touches().waitInterval(),
                new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff()), touchLogged);
    }

    /** Each feed's new touches are drained as soon as they are stored (ADR 0028), the timer's drain is the rest. */
    @Bean
    IntegrationFlow touchPollFlow(TouchFeeds feeds, TouchDrain drain, ConnectorProperties properties) {
        TouchDrainNow drainNow = new TouchDrainNow(drain, properties.sync().touches().batchSize());
        return IntegrationFlow
                .fromSupplier(() -> feeds.pollAll(drainNow::afterStored), e -> e.id("touchPoller").role(SyncPipelineConfiguration.POLLER_ROLE)
                        .autoStartup(false)
                        .poller(Pollers.fixedDelay(properties.sync().touches().pollInterval())
                                .errorHandler(failure -> log.warn("Touch poll failed: {}", failure.getMessage()))))
                .nullChannel();
    }

    /** Leader-only like the poller: the touch inbox is drained by one instance, so it needs no leases. */
    @Bean
    IntegrationFlow touchDrainFlow(TouchDrain drain, ConnectorProperties properties) {
        int batchSize = properties.sync().touches().batchSize();
        return IntegrationFlow
                .fromSupplier(() -> {
                            TouchDrain.Report report = drain.drain(batchSize);
                            return report.taken() == 0 ? null : report;
                        }, e -> e.id("touchDrainer")
                        .role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                        .poller(Pollers.fixedDelay(properties.sync().drainInterval())
                                .errorHandler(failure -> log.warn("Touch drain failed: {}", failure.getMessage()))))
                .handle((report, headers) -> {
                    log.info("Touch drain: {}", report);
                    return null;
                })
                .get();
    }
}
