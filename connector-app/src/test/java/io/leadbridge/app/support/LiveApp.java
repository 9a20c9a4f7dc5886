package io.leadbridge.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
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
        stubPortalProperties(hubspot);
        stubLeadDescribe(salesforce);
        stubEmptySalesforceReads(salesforce);
    }

    /** The start-up check reads the portal's contact properties; this portal has every mapped one and status. */
    public static void stubPortalProperties(WireMockServer hubspot) {
        hubspot.stubFor(get(urlPathMatching("/crm/properties/[^/]+/contacts")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(E2eResources.read("hubspot-contact-properties.json"))));
    }

    /**
     * The start-up check describes the org's Lead object; this org has every mapped field and status. Added last,
     * it takes precedence over a catch-all SOAP stub.
     */
    public static void stubLeadDescribe(WireMockServer salesforce) {
        salesforce.stubFor(post(urlEqualTo(SOAP_PATH)).withRequestBody(matchingXPath(
                        "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='describeSObject']"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(E2eResources.read("salesforce-describe-lead.xml"))));
    }

    /**
     * An org with no Leads or Contacts to read: the Lead poller's queries, deletion reads and the identity lookups
     * by email all come back empty. Added after a catch-all SOAP stub, these take precedence.
     */
    public static void stubEmptySalesforceReads(WireMockServer salesforce) {
        stubSoapOperation(salesforce, "query", "salesforce-query-empty.xml");
        stubSoapOperation(salesforce, "queryAll", "salesforce-queryall-empty.xml");
        stubSoapOperation(salesforce, "getDeleted", "salesforce-getdeleted-none.xml");
    }

    private static void stubSoapOperation(WireMockServer salesforce, String operation, String resource) {
        salesforce.stubFor(post(urlEqualTo(SOAP_PATH)).withRequestBody(matchingXPath(
                        "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='" + operation + "']"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(E2eResources.read(resource))));
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
}
