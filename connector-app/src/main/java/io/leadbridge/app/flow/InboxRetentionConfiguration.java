package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.engine.InboxRetention;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * Deletes settled changes older than {@code connector.sync.inbox-retention} from the change inbox, once an hour, on
 * the instance that holds the pollers; {@link InboxRetention} decides what goes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class InboxRetentionConfiguration {

    static final String PROPERTY = "connector.sync.inbox-retention";
    private static final Duration EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(InboxRetentionConfiguration.class);

    @Bean
    InboxRetention inboxRetention(ChangeInbox inbox, ConnectorProperties properties, Clock clock) {
        Duration keep = properties.sync().inboxRetention();
        if (keep.compareTo(InboxRetention.MINIMUM) < 0) {
            throw new InvalidConfigurationException(List.of(PROPERTY + ": must be at least 1h (settled changes are"
                    + " where each stream's watermark moves from), was " + keep));
        }
        return new InboxRetention(inbox, keep, clock);
    }

    @Bean
    IntegrationFlow inboxRetentionFlow(InboxRetention retention) {
        return IntegrationFlow
                .fromSupplier(() -> {
                            int deleted = retention.purge();
                            return deleted == 0 ? null : deleted;
                        }, e -> e.id("inboxRetentionPurger").role(SyncPipelineConfiguration.POLLER_ROLE)
                        .autoStartup(false)
                        .poller(Pollers.fixedDelay(EVERY)
                                .errorHandler(failure -> log.warn("Inbox retention failed: {}",
                                        failure.getMessage()))))
                .handle((deleted, headers) -> {
                    log.info("Inbox retention: deleted {} settled changes", deleted);
                    return null;
                })
                .get();
    }
}
