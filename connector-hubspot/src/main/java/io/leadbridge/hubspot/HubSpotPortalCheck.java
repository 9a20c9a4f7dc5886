package io.leadbridge.hubspot;

import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.PropertyDefinition;
import io.leadbridge.hubspot.client.PropertyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the configuration against the portal before anything syncs, with one call reading every contact
 * property: each mapped HubSpot property must exist, and each status-mapping value must be an option of
 * {@code lifecyclestage} or {@code hs_lead_status} (portals may add, remove and rename both).
 */
public final class HubSpotPortalCheck {

    static final String LIFECYCLE_STAGE = "lifecyclestage";
    static final String LEAD_STATUS = "hs_lead_status";

    private final HubSpotClient client;

    HubSpotPortalCheck(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * A HubSpot property named in the configuration.
     *
     * @param path where it is configured, e.g. {@code connector.sync.person-fields[4].hubspot}
     */
    public record ConfiguredProperty(String path, String name) {
        public ConfiguredProperty {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * @param properties   the contact properties the person-field mapping names
     * @param statusPath   where the status table is configured, e.g. {@code connector.sync.status-mappings}
     * @throws InvalidConfigurationException naming every property or value the portal does not have
     * @throws io.leadbridge.core.failure.SyncFailureException when HubSpot cannot be read
     */
    public void verify(Collection<ConfiguredProperty> properties, StatusMappings statuses, String statusPath) {
        Map<String, PropertyDefinition> portal = client.properties(CrmObjectType.CONTACTS).stream()
                .collect(Collectors.toMap(PropertyDefinition::name, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (ConfiguredProperty property : properties) {
            if (!portal.containsKey(property.name())) {
                problems.add(property.path() + ": '" + property.name() + "' is not a property of HubSpot contacts");
            }
        }
        List<StatusMapping> rows = statuses.all();
        for (int i = 0; i < rows.size(); i++) {
            StatusMapping row = rows.get(i);
            String at = statusPath + "[" + i + "]";
            checkOption(portal, LIFECYCLE_STAGE, Optional.of(row.hubspotLifecycleStage()),
                    at + ".hubspot-lifecycle-stage", problems);
            checkOption(portal, LEAD_STATUS, row.hubspotLeadStatus(), at + ".hubspot-lead-status", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static void checkOption(Map<String, PropertyDefinition> portal, String property, Optional<String> value,
                                    String at, List<String> problems) {
        if (value.isEmpty()) {
            return;
        }
        PropertyDefinition definition = portal.get(property);
        if (definition == null) {
            problems.add(at + ": '" + value.get() + "' cannot be checked: the portal has no contact property "
                    + property);
            return;
        }
        List<String> options = definition.options().stream().map(PropertyOption::value).toList();
        if (!options.contains(value.get())) {
            problems.add(at + ": '" + value.get() + "' is not an option of " + property + " (options: "
                    + String.join(", ", options) + ")");
        }
    }
}
