package io.leadbridge.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.app.support.E2eResources;
import io.leadbridge.app.support.RunningApp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotPortalMismatchTest {

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aStatusValueOrPropertyThePortalLacksStopsTheStartNamingItsKey() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/properties/2026-03/contacts"))
                .willReturn(okJson(E2eResources.read("hubspot-contact-properties.json"))));
        Map<String, String> p = new HashMap<>();
        p.put("spring.datasource.url", "jdbc:h2:mem:portalmismatch;DB_CLOSE_DELAY=-1");
        p.put("connector.hubspot.base-url", hubspot.baseUrl());
        p.put("connector.hubspot.access-token", "pat-eu1-00000000-0000-0000-0000-000000000000");
        p.put("connector.salesforce.instance-url", "https://acme.my.salesforce.com");
        p.put("connector.salesforce.organization-id", "00D5g000004AbCdEAK");
        p.put("connector.salesforce.access-token", "00D5g000004AbCd!token");
        p.put("connector.sync.person-fields[0].field", "email");
        p.put("connector.sync.person-fields[0].hubspot", "email");
        p.put("connector.sync.person-fields[0].salesforce", "Email");
        p.put("connector.sync.person-fields[0].ownership", "always-hubspot");
        p.put("connector.sync.person-fields[1].field", "title");
        p.put("connector.sync.person-fields[1].hubspot", "job_title");
        p.put("connector.sync.person-fields[1].salesforce", "Title");
        p.put("connector.sync.person-fields[1].ownership", "two-way-newest-wins");
        p.put("connector.sync.status-mappings[0].stage", "NEW");
        p.put("connector.sync.status-mappings[0].hubspot-lifecycle-stage", "lead");
        p.put("connector.sync.status-mappings[1].stage", "SQL");
        p.put("connector.sync.status-mappings[1].hubspot-lifecycle-stage", "salesqualifiedlead");
        p.put("connector.sync.status-mappings[1].hubspot-lead-status", "QUALIFIED");

        assertThatThrownBy(() -> RunningApp.start(p)).rootCause()
                .hasMessageContaining("connector.sync.person-fields[1].hubspot: 'job_title' is not a property of HubSpot contacts")
                .hasMessageContaining("connector.sync.status-mappings[1].hubspot-lead-status: 'QUALIFIED' is not an option"
                        + " of hs_lead_status (options: NEW, OPEN, IN_PROGRESS, OPEN_DEAL, UNQUALIFIED,"
                        + " ATTEMPTED_TO_CONTACT, CONNECTED, BAD_TIMING)")
                .hasMessageNotContaining("pat-eu1-00000000");
    }
}
