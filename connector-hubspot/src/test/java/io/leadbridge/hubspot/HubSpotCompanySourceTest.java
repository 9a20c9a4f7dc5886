package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyChangePage;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyFieldMapping;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.testing.FixedOwners;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotCompanySourceTest {

    private static final String SEARCH = "/crm/objects/2026-03/companies/search";
    private static final Watermark NINE_O_CLOCK = new Watermark(Instant.parse("2026-11-25T09:00:00Z"), "");

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void readsCompaniesModifiedSinceTheWatermarkAndCallsAFullPageMore() {
        stubThreeCompanies();

        CompanyChangePage page = source(SearchLag.NONE).readChanges(NINE_O_CLOCK, 3);

        assertThat(names(page)).as("the newest millisecond of a full page is held back")
                .containsExactly("Acme", "Globex");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void leavesCompaniesModifiedWithinTheSearchLagForALaterReadAndSaysNothingMoreIsWaiting() {
        stubThreeCompanies();
        Clock justAfterGlobex = Clock.fixed(Instant.parse("2026-11-25T09:20:10Z"), ZoneOffset.UTC);

        CompanyChangePage page = source(new SearchLag(Duration.ofSeconds(10), justAfterGlobex))
                .readChanges(NINE_O_CLOCK, 3);

        assertThat(names(page)).containsExactly("Acme", "Globex");
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2026-11-25T09:20:00Z"), "1002"));
        assertThat(page.hasMore()).as("Initech waits for the next poll, which starts from the watermark").isFalse();
    }

    private static void stubThreeCompanies() {
        hubspot.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson("""
                {"total": 3, "results": [%s, %s, %s]}""".formatted(
                company("1001", "Acme", "2026-11-25T09:10:00Z"),
                company("1002", "Globex", "2026-11-25T09:20:00Z"),
                company("1003", "Initech", "2026-11-25T09:30:00Z")))));
    }

    private static String company(String id, String name, String modified) {
        return """
                {"id": "%s", "properties": {"name": "%s", "hs_object_id": "%s", "hs_lastmodifieddate": "%s"},
                 "createdAt": "2026-11-01T08:00:00Z", "updatedAt": "%s", "archived": false}"""
                .formatted(id, name, id, modified, modified);
    }

    private static List<String> names(CompanyChangePage page) {
        return page.changes().stream().map(CompanyChange::company).map(c -> c.name()).toList();
    }

    private static HubSpotCompanySource source(SearchLag lag) {
        CompanyFieldMappings mappings = CompanyFieldMappings.validate("connector.sync.company-fields", List.of(
                new CompanyFieldMapping(CompanyField.NAME, Optional.of("name"), Optional.of("Name"),
                        FieldOwnership.TWO_WAY_NEWEST_WINS)));
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()), TOKEN,
                "2026-03", Duration.ofSeconds(5));
        return new HubSpotCompanySource(client, new CompanyMapper(mappings,
                FixedOwners.directory(CrmSystem.HUBSPOT, Map.of(), Clock.systemUTC())), lag);
    }
}
