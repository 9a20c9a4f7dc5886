package io.leadbridge.app.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock HubSpot and a WireMock Salesforce that pass the start-up checks and have nothing to sync
 * ({@link LiveApp#stubQuietCrms}); a test adds its own stubs on top.
 */
public final class QuietCrms implements AutoCloseable {

    private final WireMockServer hubspot = new WireMockServer(options().dynamicPort());
    private final WireMockServer salesforce = new WireMockServer(options().dynamicPort());

    public static QuietCrms start() {
        QuietCrms crms = new QuietCrms();
        crms.hubspot.start();
        crms.salesforce.start();
        LiveApp.stubQuietCrms(crms.hubspot, crms.salesforce);
        return crms;
    }

    public WireMockServer hubspot() {
        return hubspot;
    }

    /** Live-mode properties pointing the app at both servers, with the configured console users. */
    public Map<String, String> appProperties(TestDatabase database) {
        Map<String, String> properties = new HashMap<>(LiveApp.properties(database, hubspot, salesforce));
        properties.putAll(ConsoleUsers.properties());
        return properties;
    }

    @Override
    public void close() {
        hubspot.stop();
        salesforce.stop();
    }
}
