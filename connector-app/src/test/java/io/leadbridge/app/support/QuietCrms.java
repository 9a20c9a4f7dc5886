package io.leadbridge.app.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/** A HubSpot and a Salesforce on WireMock with nothing to sync ({@link LiveApp#stubQuietCrms}), for live-mode apps. */
public final class QuietCrms implements AutoCloseable {

    private final WireMockServer hubspot = new WireMockServer(options().dynamicPort());
    private final WireMockServer salesforce = new WireMockServer(options().dynamicPort());

    private QuietCrms() {
        hubspot.start();
        salesforce.start();
        LiveApp.stubQuietCrms(hubspot, salesforce);
    }

    public static QuietCrms start() {
        return new QuietCrms();
    }

    /** Live-mode properties against these CRMs on {@code database}; a mutable map. */
    public Map<String, String> appProperties(TestDatabase database) {
        return LiveApp.properties(database, hubspot, salesforce);
    }

    @Override
    public void close() {
        hubspot.stop();
        salesforce.stop();
    }
}
