package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.app.webhook.SalesforceTouchNotifications;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.touch.TouchDrain;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceTouchFeed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Touches on the webhook path (ADR 0029): Task and Event outbound messages become touches in the touch inbox, read
 * like the touch poller reads them, and are drained right away. They are processed by the leader-only outbound
 * message flow, so like every touch drain this one runs on the poller leader only, and {@link TouchDrain#drain}
 * lets one drain run at a time in it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@ConditionalOnProperty(name = "connector.sync.touches.enabled", havingValue = "true", matchIfMissing = true)
public class TouchNotificationsConfiguration {

    /** Only the objects {@code connector.sync.touches.salesforce-types} names are read as touches. */
    @Bean
    SalesforceTouchNotifications salesforceTouchNotifications(ConnectorProperties properties,
                                                              SalesforceAdapter salesforce, JdbcTouchInbox inbox,
                                                              WatermarkStore watermarks, Clock clock,
                                                              TouchDrain drain) {
        ConnectorProperties.Touches touches = properties.sync().touches();
        Map<String, SalesforceTouchFeed> feeds = new LinkedHashMap<>();
        if (touches.salesforceTypes().contains("Task")) {
            feeds.put("Task", salesforce.taskFeed());
        }
        if (touches.salesforceTypes().contains("Event")) {
            feeds.put("Event", salesforce.eventFeed());
        }
        TouchIntake intake = new TouchIntake(inbox, watermarks, clock, touches.pageSize(), touches.maxPagesPerPoll());
        return new SalesforceTouchNotifications(feeds, inbox, intake,
                new TouchDrainNow(drain, touches.batchSize())::afterStored);
    }
}
