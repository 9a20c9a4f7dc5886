package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import java.time.Duration;
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
}
