package io.leadbridge.app.webhook;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.flow.SyncPipelineConfiguration;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotWebhooks;
import io.leadbridge.hubspot.webhook.HubSpotSignatureVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
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
 * The HubSpot webhook path: the endpoint's collaborators, the event table, and a leader-only flow that
 * turns stored events into inbox changes every {@code connector.sync.drain-interval} (on the instance that
 * runs the poller, like every HubSpot read).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class HubSpotWebhookConfiguration {

    /** Events processed per run: one batch read of up to 100 contacts. */
    static final int EVENTS_PER_RUN = 100;

    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhookConfiguration.class);

    @Bean
    HubSpotWebhookEventStore hubspotWebhookEventStore(JdbcClient jdbc, Clock clock) {
        return new HubSpotWebhookEventStore(jdbc, clock);
    }

    @Bean
    WebhookRejections webhookRejections(MeterRegistry registry) {
        return new WebhookRejections(registry);
    }

    @Bean
    @ConditionalOnProperty(prefix = "connector.hubspot", name = "client-secret")
    HubSpotSignatureVerifier hubspotSignatureVerifier(ConnectorProperties properties, Clock clock) {
        return new HubSpotSignatureVerifier(properties.hubspot().clientSecret(), clock);
    }

    @Bean
    WebhookPublicUri hubspotWebhookPublicUri(ConnectorProperties properties) {
        return new WebhookPublicUri(Optional.ofNullable(properties.hubspot().webhookPublicUrl()));
    }

    @Bean
    HubSpotWebhooks hubspotWebhooks() {
        return new HubSpotWebhooks();
    }

    @Bean
    HubSpotWebhookProcessor hubspotWebhookProcessor(HubSpotWebhookEventStore events, HubSpotAdapter hubspot,
                                                    FieldMappings mappings, ChangeInbox inbox,
                                                    OwnerDirectory hubspotOwners) {
        return new HubSpotWebhookProcessor(events, hubspot.contactLookup(mappings, hubspotOwners), inbox);
    }

    @Bean
    IntegrationFlow hubspotWebhookEventsFlow(HubSpotWebhookProcessor processor, ConnectorProperties properties) {
        return IntegrationFlow
                .fromSupplier(() -> processor.processPending(EVENTS_PER_RUN),
                        e -> e.id("hubspotWebhookEventsPoller").role(SyncPipelineConfiguration.POLLER_ROLE).autoStartup(false)
                                .poller(Pollers.fixedDelay(properties.sync().drainInterval())
                                        .errorHandler(failure -> log.warn("HubSpot webhook event processing failed: {}",
                                                (failure.getCause() != null ? failure.getCause() : failure).getMessage()))))
                .nullChannel();
    }
}
