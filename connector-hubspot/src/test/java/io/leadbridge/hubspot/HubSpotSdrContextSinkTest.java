package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotSdrContextSinkTest {

    private static final String UPDATE = "/crm/objects/2026-03/notes/batch/update";
    private static final String CREATE = "/crm/objects/2026-03/notes/batch/create";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void rewritesSeveralNotesInOneBatchCallAndReportsEachRefusedNoteOnItsOwn() {
        hubspot.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[{"id":"90001","properties":{"hs_object_id":"90001"},
                          "createdAt":"2026-11-25T09:14:22.120Z","updatedAt":"2026-11-26T02:01:13.518Z",
                          "archived":false}],
                         "numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND",
                          "message":"Could not get some NOTE objects, they may be deleted or not exist.",
                          "context":{"ids":["90002"]},"links":{}}],
                         "startedAt":"2026-11-26T02:01:13.402Z","completedAt":"2026-11-26T02:01:13.560Z"}""")));

        List<Optional<SyncFailure>> results = sink().updateAll(List.of(
                rewrite("90001", "1246965"), rewrite("90002", "1246966")));

        assertThat(results.get(0)).isEmpty();
        assertThat(results.get(1)).hasValueSatisfying(failure -> {
            assertThat(failure).isInstanceOf(SyncFailure.Permanent.class);
            assertThat(failure.code()).isEqualTo("OBJECT_NOT_FOUND");
        });
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(UPDATE))
                .withRequestBody(matchingJsonPath("$.inputs[0].id", equalTo("90001")))
                .withRequestBody(matchingJsonPath("$.inputs[1].properties.hs_note_body", containing("Leadbridge key: "))));
    }

    @Test
    void createsSeveralNotesInOneBatchCallTiedToTheirContactsByTraceIdAndReportsANoteHubSpotRefused() {
        SdrContextNote kims = note("1246965");
        SdrContextNote lees = note("1246966");
        SdrContextNote noors = note("1246967");
        hubspot.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[
                          {"id":"90012","objectWriteTraceId":"2","properties":{"hs_object_id":"90012"},
                           "createdAt":"2026-11-26T09:00:00.120Z","updatedAt":"2026-11-26T09:00:00.120Z",
                           "archived":false},
                          {"id":"90010","objectWriteTraceId":"0","properties":{"hs_object_id":"90010"},
                           "createdAt":"2026-11-26T09:00:00.120Z","updatedAt":"2026-11-26T09:00:00.120Z",
                           "archived":false}],
                         "numErrors":1,"errors":[{"status":"error","category":"VALIDATION_ERROR",
                          "message":"One or more associations are invalid","context":{"objectWriteTraceId":["1"]},
                          "links":{}}],
                         "startedAt":"2026-11-26T09:00:00.002Z","completedAt":"2026-11-26T09:00:00.160Z"}""")));

        List<WriteResult> results = sink().createAll(List.of(kims, lees, noors));

        assertThat(results.get(0)).isEqualTo(new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT, "note",
                "90010"), true));
        assertThat(results.get(1)).isInstanceOfSatisfying(WriteResult.Failed.class, failed ->
                assertThat(failed.failure().code()).isEqualTo("VALIDATION_ERROR"));
        assertThat(results.get(2)).isEqualTo(new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT, "note",
                "90012"), true));
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(CREATE))
                .withRequestBody(matchingJsonPath("$.inputs[1].objectWriteTraceId", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.inputs[1].associations[0].to.id", equalTo("1246966")))
                .withRequestBody(matchingJsonPath("$.inputs[2].properties.hs_note_body",
                        containing("Leadbridge key: "))));
    }

    private static SdrContextNote note(String contactId) {
        return SdrContextNote.render(new ExternalRef(CrmSystem.HUBSPOT, "contact", contactId),
                SdrContextSummary.of(List.of(), Optional.empty()), ZoneOffset.UTC);
    }

    private static SdrContextSink.Rewrite rewrite(String noteId, String contactId) {
        return new SdrContextSink.Rewrite(new ExternalRef(CrmSystem.HUBSPOT, "note", noteId), SdrContextNote.render(
                new ExternalRef(CrmSystem.HUBSPOT, "contact", contactId),
                SdrContextSummary.of(List.of(), Optional.empty()), ZoneOffset.UTC));
    }

    private static HubSpotSdrContextSink sink() {
        return new HubSpotSdrContextSink(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)), Clock.systemUTC());
    }
}
