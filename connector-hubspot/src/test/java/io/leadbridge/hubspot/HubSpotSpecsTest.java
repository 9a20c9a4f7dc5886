package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec check itself: it must catch a request HubSpot's documents reject, and pass the ones SOURCES.md allows. */
class HubSpotSpecsTest {

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void answerEverything() {
        hubspot.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    }

    @Test
    void rejectsABatchUpdateWhosePropertyValueIsNotAString() throws Exception {
        send("POST", "/crm/objects/2026-03/contacts/batch/update",
                "{\"inputs\":[{\"id\":\"1246965\",\"properties\":{\"hs_lead_status\":7}}]}");

        assertThatThrownBy(() -> HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents()))
                .hasMessageContaining("/crm/objects/2026-03/contacts/batch/update")
                .hasMessageContaining("validation.request.body.schema");
    }

    @Test
    void rejectsABatchReadWithoutThePropertiesWithHistoryTheSpecRequires() throws Exception {
        send("POST", "/crm/objects/2026-03/contacts/batch/read",
                "{\"properties\":[\"email\"],\"inputs\":[{\"id\":\"1246965\"}]}");

        assertThatThrownBy(() -> HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents()))
                .hasMessageContaining("propertiesWithHistory");
    }

    @Test
    void rejectsAPathNoDocumentDescribes() throws Exception {
        send("GET", "/crm/objects/2026-03/contacts/1246965/timeline", null);

        assertThatThrownBy(() -> HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents()))
                .hasMessageContaining("validation.request.path.missing");
    }

    @Test
    void acceptsAFirstSearchPageWithObjectSortsAndNoAfterAsTheLiveApiDoes() throws Exception {
        send("POST", "/crm/objects/2026-03/contacts/search", """
                {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"1768471200000"}]}],
                 "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                 "properties":["email"],"limit":200}""");

        assertThatCode(() -> HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents()))
                .doesNotThrowAnyException();
    }

    @Test
    void stillRejectsASearchWithAWronglyTypedLimit() throws Exception {
        send("POST", "/crm/objects/2026-03/contacts/search", """
                {"filterGroups":[],"sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                 "properties":["email"],"limit":"many","after":"0"}""");

        assertThatThrownBy(() -> HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents()))
                .hasMessageContaining("/limit");
    }

    @ParameterizedTest
    @CsvSource({"/crm/objects/2026-03/contacts/batch/upsert,crm-contacts-2026-03.json",
            "/crm/v3/objects/notes,crm-notes-v3.json",
            "/crm/objects/2026-03/0-3/20598234112,crm-deals-2026-03.json",
            "/crm/objects/2026-03/contacts/1/associations/companies,crm-associations-2026-03.json",
            "/crm/v4/objects/contacts/1/associations/default/companies/2,crm-associations-v4.json",
            "/crm/associations/2026-03/contacts/companies/batch/read,crm-associations-2026-03.json",
            "/crm/v4/associations/contacts/companies/batch/read,crm-associations-v4.json",
            "/crm/properties/2026-03/contacts/lifecyclestage,crm-properties-2026-03.json",
            "/crm/v3/properties/contacts,crm-properties-v3.json",
            "/crm/owners/2026-03,crm-owners-2026-03.json", "/crm/v3/owners,crm-owners-v3.json",
            "/oauth/2026-03/token,oauth-2026-03.json", "/oauth/v3/token,oauth-v3.json"})
    void findsTheDocumentOfEachPath(String path, String document) {
        assertThat(HubSpotSpecs.specFileFor(path)).isEqualTo(document);
    }

    private static void send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hubspot.baseUrl() + path))
                .header("Authorization", "Bearer " + HubSpotFixtures.TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
