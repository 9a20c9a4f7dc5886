package io.leadbridge.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Live-mode properties against two WireMock servers: a HubSpot with no changed contacts and a Salesforce org that
 * answers the start-up describe of Lead with every mapped field and status.
 */
public final class LiveApp {

    public static final String ORG_ID = "00D5g000004AbCdEAK";
    public static final String SOAP_PATH = "/services/Soap/u/65.0/" + ORG_ID;

    private LiveApp() {
    }

    public static void stubQuietCrms(WireMockServer hubspot, WireMockServer salesforce) {
        hubspot.stubFor(post(urlPathMatching("/crm/.*/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"total\":0,\"results\":[]}")));
        salesforce.stubFor(post(urlEqualTo(SOAP_PATH)).withRequestBody(matchingXPath(
                        "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='describeSObject']"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(resource("/e2e/salesforce-describe-lead.xml"))));
    }

    public static Map<String, String> properties(TestDatabase database, WireMockServer hubspot,
                                                 WireMockServer salesforce) {
        Map<String, String> p = new HashMap<>(database.springProperties());
        p.put("connector.hubspot.base-url", hubspot.baseUrl());
        p.put("connector.hubspot.access-token", "pat-eu1-11111111-2222-3333-4444-555555555555");
        p.put("connector.salesforce.instance-url", salesforce.baseUrl());
        p.put("connector.salesforce.organization-id", ORG_ID);
        p.put("connector.salesforce.access-token", "00D5g000004AbCd!AQ0AQLiveAppTestToken");
        return p;
    }

    public static String resource(String path) {
        try (InputStream in = LiveApp.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
