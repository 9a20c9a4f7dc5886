package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirrorDecision;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.core.touch.TouchMirroring;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mirrors of one engagement type go out in one batch create, each result tied to its mirror (ADR 0029). */
class HubSpotActivitySinkTest {

    private static final String CREATE = "/crm/objects/2026-03/calls/batch/create";
    private static final String CREATE_EMAILS = "/crm/objects/2026-03/emails/batch/create";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void resultsWithoutTheirTraceIdInAnotherOrderAreTiedToTheirMirrorsByTheKeyLine() {
        MirroredActivity first = call("00T000000000001AAA");
        MirroredActivity second = call("00T000000000002AAA");
        callsCreated(created("71002", second), created("71001", first));

        List<WriteResult> results = sink().write(List.of(first, second));

        assertThat(results).extracting(r -> ((WriteResult.Written) r).target().id()).containsExactly("71001", "71002");
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(CREATE))
                .withRequestBody(matchingJsonPath("$.inputs[0].objectWriteTraceId", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.inputs[1].objectWriteTraceId", equalTo("1"))));
    }

    @Test
    void engagementsCreatedBeforeAnotherTypesBatchIsRateLimitedKeepTheirResultsAndOnlyTheUnsentMirrorsFail() {
        MirroredActivity firstCall = call("00T000000000001AAA");
        MirroredActivity secondCall = call("00T000000000002AAA");
        MirroredActivity firstEmail = email("00T000000000003AAA");
        MirroredActivity secondEmail = email("00T000000000004AAA");
        callsCreated(created("71001", firstCall, "0"), created("71002", secondCall, "1"));
        hubspot.stubFor(post(urlPathEqualTo(CREATE_EMAILS)).willReturn(aResponse().withStatus(429)
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withBody(HubSpotFixtures.body("errors/rate-limit-ten-secondly.json"))));

        List<WriteResult> results = sink().write(List.of(firstCall, secondCall, firstEmail, secondEmail));

        assertThat(results.subList(0, 2)).as("created: recorded, not created again on the retry")
                .extracting(r -> ((WriteResult.Written) r).target().id()).containsExactly("71001", "71002");
        assertThat(results.subList(2, 4)).as("refused by the rate limit: nothing written").allSatisfy(r ->
                assertThat(((WriteResult.Failed) r).failure()).isInstanceOf(SyncFailure.RateLimited.class));
    }

    @Test
    void aCallThatMayHaveWrittenFailsTheWholeWriteSoEveryMirrorIsLookedUpBeforeItIsSentAgain() {
        callsCreated(created("71001", call("00T000000000001AAA"), "0"),
                created("71002", call("00T000000000002AAA"), "1"));
        hubspot.stubFor(post(urlPathEqualTo(CREATE_EMAILS)).willReturn(aResponse().withStatus(502)));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> sink().write(List.of(
                call("00T000000000001AAA"), call("00T000000000002AAA"), email("00T000000000003AAA"),
                email("00T000000000004AAA"))));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Retriable.class);
    }

    /** HubSpot answers the calls' batch create with these two results. */
    private static void callsCreated(String first, String second) {
        hubspot.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[%s,%s],
                         "startedAt":"2026-11-26T02:01:13.402Z","completedAt":"2026-11-26T02:01:13.560Z"}"""
                        .formatted(first, second))));
    }

    private static String created(String id, MirroredActivity activity, String traceId) {
        return """
                {"id":"%s","objectWriteTraceId":"%s",
                 "properties":{"hs_call_body":"Outbound.\\n%s","hs_object_id":"%s"},
                 "createdAt":"2026-11-26T02:01:13.500Z","updatedAt":"2026-11-26T02:01:13.500Z","archived":false}"""
                .formatted(id, traceId, IdempotencyKeys.label(activity.idempotencyKey()), id);
    }

    private static String created(String id, MirroredActivity activity) {
        return """
                {"id":"%s","properties":{"hs_call_body":"Outbound.\\n%s","hs_object_id":"%s"},
                 "createdAt":"2026-11-26T02:01:13.500Z","updatedAt":"2026-11-26T02:01:13.500Z","archived":false}"""
                .formatted(id, IdempotencyKeys.label(activity.idempotencyKey()), id);
    }

    private static MirroredActivity call(String taskId) {
        return activity(taskId, Touch.TouchChannel.CALL, "Discovery", "Talked about pricing");
    }

    private static MirroredActivity email(String taskId) {
        return activity(taskId, Touch.TouchChannel.EMAIL, "Pricing", "Here is the pricing");
    }

    private static MirroredActivity activity(String taskId, Touch.TouchChannel channel, String subject, String body) {
        Touch touch = new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", taskId), channel,
                Touch.TouchDirection.OUTBOUND, Instant.parse("2026-11-25T10:00:00Z"), "sam.sdr@example.com",
                subject, body, Optional.empty(), Optional.empty());
        return ((MirrorDecision.Mirror) new TouchMirroring().decide(touch, Optional.empty(),
                Optional.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965")))).activity();
    }

    private static HubSpotActivitySink sink() {
        return new HubSpotActivitySink(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)));
    }
}
