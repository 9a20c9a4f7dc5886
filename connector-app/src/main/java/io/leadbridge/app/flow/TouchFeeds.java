package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The touch feeds {@code connector.sync.touches.hubspot-types} and {@code salesforce-types} name, polled one after
 * the other into the touch inbox; a feed that fails is logged and does not hold up the others.
 */
public final class TouchFeeds {

    private static final Logger log = LoggerFactory.getLogger(TouchFeeds.class);
    private static final Map<String, CrmObjectType> HUBSPOT_TYPES = Map.of("emails", CrmObjectType.EMAILS,
            "calls", CrmObjectType.CALLS, "meetings", CrmObjectType.MEETINGS, "notes", CrmObjectType.NOTES,
            "tasks", CrmObjectType.TASKS);

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
            if (HUBSPOT_TYPES.containsKey(type)) {
                feeds.add(hubspot.touchFeed(HUBSPOT_TYPES.get(type)));
            } else {
                problems.add("connector.sync.touches.hubspot-types[" + i + "]: '" + type
                        + "' is not one of emails, calls, meetings, notes, tasks");
            }
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

    /** Polls every feed once; returns how many new touches were stored. */
    public int pollAll() {
        int stored = 0;
        for (TouchFeed feed : feeds) {
            try {
                stored += intake.poll(feed);
            } catch (RuntimeException failed) {
                log.warn("{} touch poll failed: {}", feed.stream(), failed.getMessage());
            }
        }
        return stored;
    }
}
