package io.leadbridge.hubspot;

import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.util.Objects;

/** Builds the HubSpot side of the connector from validated settings; the only entry point the app needs. */
public final class HubSpotAdapter {

    private HubSpotAdapter() {
    }

    /**
     * The contact change source: its own HTTP client connecting within {@link HubSpotSettings#connectTimeout()}
     * and waiting {@link HubSpotSettings#readTimeout()} for each response.
     */
    public static CrmSource contactSource(HubSpotSettings settings, FieldMappings mappings) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(mappings, "mappings");
        HubSpotClient client = HubSpotClient.create(settings.baseUrl(), settings.accessToken(),
                settings.apiVersion(), settings.connectTimeout(), settings.readTimeout());
        return new HubSpotContactSource(client, mappings);
    }
}
