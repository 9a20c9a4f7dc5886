package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotContactLookupTest {

    private static final String READ = "/crm/objects/2026-03/contacts/batch/read";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new BatchEcho())).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void readsTheCurrentVersionOfEachContactWithEveryMappedProperty() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(okJson(body("contacts/batch-read-response.json"))));

        List<ChangeEvent> changes = lookup().currentVersions(List.of("1246965", "1246965"));

        assertThat(changes).singleElement().satisfies(jane -> {
            assertThat(jane.ref().key()).isEqualTo("HUBSPOT:contact:1246965");
            assertThat(jane.modifiedAt()).isEqualTo(Instant.parse("2026-01-15T10:30:00Z"));
            assertThat(jane.stream()).as("not read from a stream").isEmpty();
            assertThat(jane.person().orElseThrow().get(PersonField.LIFECYCLE_STAGE)).contains("marketingqualifiedlead");
            assertThat(jane.dedupKey()).isEqualTo("HUBSPOT:contact:1246965@1768473000000:UPSERT");
        });
        hubspot.verify(1, postRequestedFor(urlEqualTo(READ + "?archived=false")).withRequestBody(equalToJson("""
                {"properties":["email","firstname","lastname","phone","company","lifecyclestage","hs_lead_status",
                               "lastmodifieddate","hs_object_id","hs_merged_object_ids"],
                 "propertiesWithHistory":[],"inputs":[{"id":"1246965"}]}""")));
    }

    @Test
    void readsAThousandContactsInTenCalls() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(aResponse().withTransformers(BatchEcho.NAME)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(String.valueOf(4_000_000 + i));
        }

        List<ChangeEvent> changes = lookup().currentVersions(ids);

        assertThat(changes).hasSize(1_000);
        hubspot.verify(10, postRequestedFor(urlEqualTo(READ + "?archived=false")));
    }

    @Test
    void leavesOutContactsHubSpotNoLongerHas() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[],"numErrors":1,"errors":[{"status":"error",
                         "category":"OBJECT_NOT_FOUND","message":"Could not get some CONTACT objects, they may be deleted or not exist.",
                         "context":{"ids":["1299999"]}}],"startedAt":"2026-01-15T11:02:13.402Z","completedAt":"2026-01-15T11:02:13.560Z"}""")));

        assertThat(lookup().currentVersions(List.of("1299999"))).isEmpty();
    }

    @Test
    void aContactOthersWereMergedIntoIsPrecededByThoseMerges() {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(okJson("""
                {"status":"COMPLETE","results":[{"id":"1246965","properties":{"email":"jane@example.com",
                 "lastmodifieddate":"2026-01-15T10:30:00.000Z","hs_object_id":"1246965",
                 "hs_merged_object_ids":"1246970;1246971"},"createdAt":"2026-01-10T09:00:00.000Z",
                 "updatedAt":"2026-01-15T10:30:00.000Z","archived":false}],
                 "startedAt":"2026-01-15T11:02:13.402Z","completedAt":"2026-01-15T11:02:13.560Z"}""")));

        List<ChangeEvent> changes = lookup().currentVersions(List.of("1246965"));

        assertThat(changes).extracting(e -> e.ref().id() + " " + e.kind() + " "
                + e.mergedInto().map(survivor -> survivor.key()).orElse("-")).containsExactly(
                "1246970 DELETE HUBSPOT:contact:1246965", "1246971 DELETE HUBSPOT:contact:1246965",
                "1246965 UPSERT -");
        assertThat(changes).allSatisfy(e -> assertThat(e.modifiedAt()).isEqualTo(Instant.parse("2026-01-15T10:30:00Z")));
    }

    @Test
    void aDeletionAWebhookReportedIsTheSameChangeEachTime() {
        ChangeEvent first = lookup().deletion("1246965", Instant.parse("2026-01-15T10:30:00Z"));

        assertThat(first.dedupKey()).isEqualTo("HUBSPOT:contact:1246965@1768473000000:DELETE");
        assertThat(lookup().deletion("1246965", Instant.parse("2026-01-15T10:30:00Z"))).isEqualTo(first);
    }

    private static HubSpotContactLookup lookup() {
        return new HubSpotContactLookup(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)), mappings());
    }
}
