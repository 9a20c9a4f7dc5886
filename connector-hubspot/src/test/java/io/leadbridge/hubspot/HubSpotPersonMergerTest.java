package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A merge propagated from Salesforce: one merge call, and a contact already gone counts as merged. */
class HubSpotPersonMergerTest {

    private static final String MERGE = "/crm/objects/2026-03/contacts/merge";
    private static final ExternalRef SURVIVOR = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef LOSER = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246970");

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void mergesTheLoserIntoTheSurvivorWithOneCall() {
        hubspot.stubFor(post(urlEqualTo(MERGE)).willReturn(okJson("""
                {"id":"1246965","properties":{"hs_object_id":"1246965","hs_merged_object_ids":"1246970"},
                 "createdAt":"2026-01-10T09:00:00.000Z","updatedAt":"2026-01-15T10:30:00.000Z","archived":false}""")));

        merger().merge(SURVIVOR, LOSER);

        hubspot.verify(1, postRequestedFor(urlEqualTo(MERGE)).withRequestBody(equalToJson("""
                {"primaryObjectId":"1246965","objectIdToMerge":"1246970"}""")));
    }

    @Test
    void aLoserHubSpotNoLongerHasCountsAsMergedButOtherFailuresAreRaised() {
        hubspot.stubFor(post(urlEqualTo(MERGE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"error","message":"resource not found","correlationId":"b5f3a2c1-0000-4000-8000-1a2b3c4d5e6f",
                         "category":"OBJECT_NOT_FOUND"}""")));
        merger().merge(SURVIVOR, LOSER);

        hubspot.stubFor(post(urlEqualTo(MERGE)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> merger().merge(SURVIVOR, LOSER)).isInstanceOf(SyncFailureException.class)
                .satisfies(e -> assertThat(((SyncFailureException) e).failure())
                        .isInstanceOf(SyncFailure.Retriable.class));
    }

    private static HubSpotPersonMerger merger() {
        return new HubSpotPersonMerger(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)));
    }
}
