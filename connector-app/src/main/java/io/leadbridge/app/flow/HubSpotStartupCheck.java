package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.hubspot.HubSpotPortalCheck;
import io.leadbridge.hubspot.HubSpotPortalCheck.ConfiguredProperty;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks at start-up, in live mode, that the HubSpot portal has every contact property of
 * {@code connector.sync.person-fields} and every value of the status table (the rules file's {@code statuses}, else
 * {@code connector.sync.status-mappings}); a missing one stops the start with an error naming its key.
 */
public class HubSpotStartupCheck {

    static final String PERSON_FIELDS = "connector.sync.person-fields";
    static final String STATUS_MAPPINGS = "connector.sync.status-mappings";

    private static final Logger log = LoggerFactory.getLogger(HubSpotStartupCheck.class);

    private final HubSpotPortalCheck portal;
    private final StatusMappings statuses;
    private final ConnectorProperties.Sync sync;
    private final String statusesPath;

    /** @param statusesPath where the status table was configured, named in each problem */
    HubSpotStartupCheck(HubSpotPortalCheck portal, StatusMappings statuses, ConnectorProperties.Sync sync,
                        String statusesPath) {
        this.portal = portal;
        this.statuses = statuses;
        this.sync = sync;
        this.statusesPath = statusesPath;
    }

    /** @throws io.leadbridge.core.sync.InvalidConfigurationException naming every mismatch */
    public void run() {
        List<ConfiguredProperty> properties = new ArrayList<>();
        List<ConnectorProperties.PersonFieldEntry> entries = sync.personFields() == null ? List.of() : sync.personFields();
        for (int i = 0; i < entries.size(); i++) {
            String hubspot = entries.get(i).hubspot();
            if (hubspot != null && !hubspot.isBlank()) {
                properties.add(new ConfiguredProperty(PERSON_FIELDS + "[" + i + "].hubspot", hubspot.strip()));
            }
        }
        portal.verify(properties, statuses, statusesPath);
        log.info("HubSpot portal checked: {} mapped contact properties and {} funnel stages exist", properties.size(),
                statuses.all().size());
    }
}
