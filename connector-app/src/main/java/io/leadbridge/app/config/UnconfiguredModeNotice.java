package io.leadbridge.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the admin, once the app is up, that nothing syncs until a CRM is configured. */
@Component
@Conditional(LiveModeCondition.Unconfigured.class)
public class UnconfiguredModeNotice {

    private static final Logger log = LoggerFactory.getLogger(UnconfiguredModeNotice.class);

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.warn("No CRM is configured yet: Leadbridge is running but syncs nothing. Set connector.hubspot.* and "
                + "connector.salesforce.* (environment variables such as CONNECTOR_HUBSPOT_ACCESS_TOKEN), see "
                + "README.md, and restart.");
    }
}
