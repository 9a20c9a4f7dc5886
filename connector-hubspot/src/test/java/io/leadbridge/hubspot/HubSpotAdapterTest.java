package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotAdapterTest {

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void buildsAContactSourceThatReadsFromTheConfiguredAccount() {
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/search").willReturn(okJson(body("contacts/search-page-2.json"))));
        HubSpotSettings settings = new HubSpotSettings(URI.create(hubspot.baseUrl()), TOKEN, "2026-03",
                Duration.ofSeconds(2), Duration.ofSeconds(5));

        CrmSource source = HubSpotAdapter.contactSource(settings, mappings());
        ChangePage page = source.readChanges(new StreamId(CrmSystem.HUBSPOT, "contacts"), Watermark.BEGINNING, 50);

        assertThat(source.system()).isEqualTo(CrmSystem.HUBSPOT);
        assertThat(page.events()).extracting(event -> event.ref().key()).containsExactly("HUBSPOT:contact:1251390");
    }

    @Test
    void connectsWithOAuthRefreshWhenConfiguredAndSharesTheTokenBetweenSourceSinkAndLookup() {
        hubspot.stubFor(post("/oauth/2026-03/token").willReturn(okJson("""
                {"access_token":"CJSP5qf1KhICAQEYs-gDIIGOBii1","refresh_token":"na1-rotated","expires_in":1800,
                 "token_type":"bearer"}""")));
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/search").willReturn(okJson(body("contacts/search-page-2.json"))));
        hubspot.stubFor(post(urlPathEqualTo("/crm/objects/2026-03/contacts/batch/read"))
                .willReturn(okJson(body("contacts/batch-read-response.json"))));
        HubSpotSettings settings = new HubSpotSettings(URI.create(hubspot.baseUrl()), null, "2026-03",
                Duration.ofSeconds(2), Duration.ofSeconds(5),
                Optional.of(new HubSpotSettings.OAuth("5fd1a2b3-client", "9e8d7c6b-secret", "na1-refresh")), 0.5,
                ZoneOffset.UTC);

        HubSpotAdapter adapter = HubSpotAdapter.connect(settings, Clock.systemUTC());
        adapter.contactSource(mappings()).readChanges(new StreamId(CrmSystem.HUBSPOT, "contacts"), Watermark.BEGINNING, 50);
        adapter.contactLookup(mappings()).currentVersions(List.of("1246965"));

        hubspot.verify(1, postRequestedFor(urlEqualTo("/oauth/2026-03/token")));
        hubspot.verify(2, anyRequestedFor(urlMatching("/crm/.*"))
                .withHeader("Authorization", equalTo("Bearer CJSP5qf1KhICAQEYs-gDIIGOBii1")));
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }
}
