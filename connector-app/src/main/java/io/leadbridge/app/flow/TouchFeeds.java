package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The touch feeds {@code connector.sync.touches.hubspot-types} and {@code salesforce-types} name, polled one after
 * the other into the touch inbox; a feed that fails is logged and does not hold up the others.
 */
public final class TouchFeeds {

    private static final Logger log = LoggerFactory.getLogger(TouchFeeds.class);

    private final List<TouchFeed> feeds;
    private final TouchIntake intake;

    TouchFeeds(List<TouchFeed> feeds, TouchIntake intake) {
        this.feeds = List.copyOf(feeds);
        this.intake = intake;
    }

    /**
     * @throws InvalidConfigurationException naming every configured type that is not a touch type
     */
    static TouchFeeds configured(ConnectorProperties.Touches touches, HubSpotAdapter hubspot,
                                 SalesforceAdapter salesforce, TouchIntake intake) {
        List<String> problems = new ArrayList<>();
        List<TouchFeed> feeds = new ArrayList<>();
        for (int i = 0; i < touches.hubspotTypes().size(); i++) {
            String type = touches.hubspotTypes().get(i);
            String key = "connector.sync.touches.hubspot-types[" + i + "]";
            hubspot.touchFeed(type).ifPresentOrElse(feeds::add, () -> problems.add(key + ": '" + type
                    + "' is not one of " + String.join(", ", HubSpotAdapter.TOUCH_TYPES)));
        }
        for (int i = 0; i < touches.salesforceTypes().size(); i++) {
            String type = touches.salesforceTypes().get(i);
            switch (type) {
                case "Task" -> feeds.add(salesforce.taskFeed());
                case "Event" -> feeds.add(salesforce.eventFeed());
                default -> problems.add("connector.sync.touches.salesforce-types[" + i + "]: '" + type
                        + "' is not one of Task, Event");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new TouchFeeds(feeds, intake);
    }

    /**
     * Polls every feed once and hands each feed's count of new touches, when there are any, to {@code afterFeed}
     * before the next feed is read, so that they can be mirrored without waiting for the other feeds' reads
     * (ADR 0028). Returns how many new touches were stored.
     */
    public int pollAll(IntConsumer afterFeed) {
        int stored = 0;
        for (TouchFeed feed : feeds) {
            int fromFeed;
            try {
                fromFeed = intake.poll(feed);
            } catch (RuntimeException failed) {
                log.warn("{} touch poll failed: {}", feed.stream(), failed.getMessage());
                continue;
            }
            stored += fromFeed;
            if (fromFeed > 0) {
                afterFeed.accept(fromFeed);
            }
        }
        return stored;
    }
}
