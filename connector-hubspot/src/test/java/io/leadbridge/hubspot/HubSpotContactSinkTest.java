package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HubSpotContactSinkTest {

    private static final String UPDATE = "/crm/objects/2026-03/contacts/batch/update";
    /** The lastmodifieddate {@link BatchEcho} answers every write with. */
    private static final String ECHOED_AT = "2026-01-15T10:30:00.000Z";
    private static final String UPSERT = "/crm/objects/2026-03/contacts/batch/upsert";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new BatchEcho())).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void updatesContactsWithAKnownIdInOneBatchUpdateByIdAndAnswersInInputOrder() {
        hubspot.stubFor(post(UPDATE).willReturn(aResponse().withTransformers(BatchEcho.NAME)));

        List<WriteResult> results = sink().upsertPeople(List.of(
                write("1246965", Map.of(PersonField.FIRST_NAME, "Jane", PersonField.PHONE, "")),
                write("1251390", Map.of(PersonField.LEAD_STATUS, "IN_PROGRESS"))));

        assertThat(results).containsExactly(written("1246965", false, ECHOED_AT), written("1251390", false, ECHOED_AT));
        hubspot.verify(1, postRequestedFor(urlEqualTo(UPDATE)).withRequestBody(equalToJson("""
                {"inputs":[{"id":"1246965","properties":{"firstname":"Jane","phone":""},"objectWriteTraceId":"leadbridge-0"},
                           {"id":"1251390","properties":{"hs_lead_status":"IN_PROGRESS"},"objectWriteTraceId":"leadbridge-1"}]}""")));
        hubspot.verify(0, postRequestedFor(urlEqualTo(UPSERT)));
    }

    @Test
    void upsertsContactsWithoutAKnownIdByTheirNormalisedEmailSoThatNoDuplicateIsEverCreated() {
        hubspot.stubFor(post(UPSERT).willReturn(okJson(body("contacts/batch-upsert-response.json"))));

        List<WriteResult> results = sink().upsertPeople(List.of(
                newPerson(Map.of(PersonField.EMAIL, "Omar.Haddad@Northwind-Traders.example", PersonField.FIRST_NAME, "Omar")),
                newPerson(Map.of(PersonField.EMAIL, "jane.doe@acme-logistics.example", PersonField.FIRST_NAME, "Jane"))));

        assertThat(results).containsExactly(written("1251390", true, "2026-01-15T10:30:00.412Z"),
                written("1246965", false, "2026-01-15T10:30:00.000Z"));
        hubspot.verify(1, postRequestedFor(urlEqualTo(UPSERT)).withRequestBody(equalToJson("""
                {"inputs":[
                  {"id":"omar.haddad@northwind-traders.example","idProperty":"email","objectWriteTraceId":"leadbridge-0",
                   "properties":{"email":"omar.haddad@northwind-traders.example","firstname":"Omar"}},
                  {"id":"jane.doe@acme-logistics.example","idProperty":"email","objectWriteTraceId":"leadbridge-1",
                   "properties":{"email":"jane.doe@acme-logistics.example","firstname":"Jane"}}]}""")));
    }

    @Test
    void reportsEachRecordOfAMultiStatusAnswerOnItsOwn() {
        hubspot.stubFor(post(UPDATE).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-HubSpot-Correlation-Id", "8c1e3a55-0d7e-4f8b-9a43-2c9d1e0f7b61")
                .withBody(body("contacts/batch-update-207.json"))));

        List<WriteResult> results = sink().upsertPeople(List.of(
                write("1299999", Map.of(PersonField.LEAD_STATUS, "IN_PROGRESS")),
                write("1246965", Map.of(PersonField.LEAD_STATUS, "IN_PROGRESS"))));

        assertThat(results.get(0)).isInstanceOfSatisfying(WriteResult.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(SyncFailure.Permanent.class);
            assertThat(failed.failure().code()).isEqualTo("OBJECT_NOT_FOUND");
            assertThat(failed.failure().correlationId()).isEqualTo("8c1e3a55-0d7e-4f8b-9a43-2c9d1e0f7b61");
        });
        assertThat(results.get(1)).isEqualTo(written("1246965", false, "2026-01-15T11:02:13.518Z"));
    }

    @Test
    void matchesResultsAndErrorsToRecordsByTheTraceIdHubSpotEchoes() {
        hubspot.stubFor(post(UPSERT).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[
                          {"id":"1251390","properties":{"hs_object_id":"1251390","firstname":"Omar"},
                           "createdAt":"2026-01-15T10:30:00.412Z","updatedAt":"2026-01-15T10:30:00.412Z","archived":false,
                           "new":true,"objectWriteTraceId":"leadbridge-1"}],
                         "numErrors":1,"errors":[{"status":"error","category":"VALIDATION_ERROR",
                           "message":"Property values were not valid","context":{"objectWriteTraceId":["leadbridge-0"],
                           "propertyName":["hs_lead_status"],"value":["QUALIFIED"]},
                           "errors":[{"message":"QUALIFIED was not one of the allowed options","code":"INVALID_OPTION",
                             "context":{"propertyName":["hs_lead_status"],"value":["QUALIFIED"]}}]}],
                         "startedAt":"2026-01-15T10:30:00.101Z","completedAt":"2026-01-15T10:30:00.460Z"}""")));

        List<WriteResult> results = sink().upsertPeople(List.of(
                newPerson(Map.of(PersonField.EMAIL, "jane.doe@acme-logistics.example", PersonField.LEAD_STATUS, "QUALIFIED")),
                newPerson(Map.of(PersonField.EMAIL, "omar.haddad@northwind-traders.example", PersonField.FIRST_NAME, "Omar"))));

        assertThat(results.get(0)).isInstanceOfSatisfying(WriteResult.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOfSatisfying(SyncFailure.Permanent.class, permanent -> {
                    assertThat(permanent.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(permanent.fields()).containsExactly("hs_lead_status");
                    assertThat(permanent.message()).contains("hs_lead_status INVALID_OPTION 'QUALIFIED'");
                }));
        assertThat(results.get(1)).as("no lastmodifieddate in the answer: its updatedAt times the version")
                .isEqualTo(written("1251390", true, "2026-01-15T10:30:00.412Z"));
    }

    @Test
    void splitsABatchHubSpotRefusesAsAWholeUntilTheInvalidContactFailsAloneAndTheOthersAreWritten() {
        String refused = "Property values were not valid: [{\\\"isValid\\\":false,\\\"message\\\":"
                + "\\\"Email address omar@northwind is invalid\\\",\\\"error\\\":\\\"INVALID_EMAIL\\\",\\\"name\\\":\\\"email\\\"}]";
        hubspot.stubFor(post(UPSERT).withRequestBody(matchingJsonPath("$.inputs[?(@.id == 'omar@northwind')]"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json;charset=utf-8")
                        .withHeader("X-HubSpot-Correlation-Id", "1f0b6c2e-8d4a-4e39-b7c1-5a2d9e3f8c40")
                        .withBody("""
                                {"status":"error","message":"%s","correlationId":"1f0b6c2e-8d4a-4e39-b7c1-5a2d9e3f8c40",
                                 "category":"VALIDATION_ERROR"}""".formatted(refused))));
        hubspot.stubFor(post(UPSERT).atPriority(10).willReturn(aResponse().withTransformers(BatchEcho.NAME)));

        List<WriteResult> results = sink().upsertPeople(List.of(
                newPerson(Map.of(PersonField.EMAIL, "jane.doe@acme-logistics.example")),
                newPerson(Map.of(PersonField.EMAIL, "mia.keller@brightline.example")),
                newPerson(Map.of(PersonField.EMAIL, "omar@northwind")),
                newPerson(Map.of(PersonField.EMAIL, "tom.nguyen@cobaltfreight.example"))));

        assertThat(results).hasSize(4);
        assertThat(results.get(2)).isInstanceOfSatisfying(WriteResult.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOfSatisfying(SyncFailure.Permanent.class, permanent -> {
                    assertThat(permanent.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(permanent.fields()).as("named only inside HubSpot's message").containsExactly("email");
                    assertThat(permanent.message()).contains("email INVALID_EMAIL").doesNotContain("omar@northwind");
                    assertThat(permanent.correlationId()).isEqualTo("1f0b6c2e-8d4a-4e39-b7c1-5a2d9e3f8c40");
                }));
        assertThat(List.of(results.get(0), results.get(1), results.get(3)))
                .allSatisfy(result -> assertThat(result).isInstanceOf(WriteResult.Written.class));
        assertThat(hubspot.findAll(postRequestedFor(urlEqualTo(UPSERT))).stream()
                .map(request -> json(request).path("inputs").values().stream()
                        .map(input -> input.path("id").stringValue()).toList()))
                .as("the refused batch, its halves, then the refused half's halves").containsExactly(
                        List.of("jane.doe@acme-logistics.example", "mia.keller@brightline.example", "omar@northwind",
                                "tom.nguyen@cobaltfreight.example"),
                        List.of("jane.doe@acme-logistics.example", "mia.keller@brightline.example"),
                        List.of("omar@northwind", "tom.nguyen@cobaltfreight.example"),
                        List.of("omar@northwind"),
                        List.of("tom.nguyen@cobaltfreight.example"));
    }

    @Test
    void throwsAWholeCallFailureOtherThanAValidationErrorWithoutSplittingTheBatch() {
        hubspot.stubFor(post(UPSERT).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(body("errors/missing-scopes.json"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> sink().upsertPeople(List.of(
                newPerson(Map.of(PersonField.EMAIL, "jane.doe@acme-logistics.example")),
                newPerson(Map.of(PersonField.EMAIL, "omar.haddad@northwind-traders.example")))));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        hubspot.verify(1, postRequestedFor(urlEqualTo(UPSERT)));
    }

    @Test
    void refusesAContactWithNeitherIdNorEmailWithoutCallingHubSpot() {
        List<WriteResult> results = sink().upsertPeople(List.of(newPerson(Map.of(PersonField.FIRST_NAME, "Nameless"))));

        assertThat(results).singleElement().isInstanceOfSatisfying(WriteResult.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(SyncFailure.Permanent.class);
            assertThat(failed.failure().code()).isEqualTo("MISSING_EMAIL");
        });
        hubspot.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void movesALifecycleStageBackWithClearThenSetInTwoSeparateRequests() {
        hubspot.stubFor(post(UPDATE).withRequestBody(equalToJson("""
                        {"inputs":[{"id":"1246965","properties":{"lifecyclestage":"lead","hs_lead_status":"BAD_TIMING"},
                                    "objectWriteTraceId":"leadbridge-0"},
                                   {"id":"1251390","properties":{"lifecyclestage":"opportunity"},
                                    "objectWriteTraceId":"leadbridge-1"}]}"""))
                .willReturn(okJson("""
                        {"status":"COMPLETE","results":[
                          {"id":"1251390","properties":{"hs_object_id":"1251390","lifecyclestage":"opportunity"},
                           "createdAt":"2026-01-02T08:00:00Z","updatedAt":"2026-01-15T11:02:13.518Z","archived":false},
                          {"id":"1246965","properties":{"hs_object_id":"1246965","hs_lead_status":"BAD_TIMING","lifecyclestage":"salesqualifiedlead"},
                           "createdAt":"2025-11-03T09:14:22.120Z","updatedAt":"2026-01-15T11:02:13.518Z","archived":false}],
                         "startedAt":"2026-01-15T11:02:13.402Z","completedAt":"2026-01-15T11:02:13.560Z"}""")));
        hubspot.stubFor(post(UPDATE).withRequestBody(equalToJson("""
                        {"inputs":[{"id":"1246965","properties":{"lifecyclestage":""}}]}"""))
                .willReturn(aResponse().withTransformers(BatchEcho.NAME)));
        hubspot.stubFor(post(UPDATE).withRequestBody(equalToJson("""
                        {"inputs":[{"id":"1246965","properties":{"lifecyclestage":"lead"}}]}"""))
                .willReturn(aResponse().withTransformers(BatchEcho.NAME)));

        List<WriteResult> results = sink().upsertPeople(List.of(
                write("1246965", Map.of(PersonField.LIFECYCLE_STAGE, "lead", PersonField.LEAD_STATUS, "BAD_TIMING")),
                write("1251390", Map.of(PersonField.LIFECYCLE_STAGE, "opportunity"))));

        assertThat(results).as("the contact moved back is timed by the set's answer, the other by the update's")
                .containsExactly(written("1246965", false, ECHOED_AT), written("1251390", false, "2026-01-15T11:02:13.518Z"));
        List<String> bodies = hubspot.findAll(postRequestedFor(urlEqualTo(UPDATE))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(1)).isEqualTo("{\"inputs\":[{\"id\":\"1246965\",\"properties\":{\"lifecyclestage\":\"\"}}]}");
        assertThat(bodies.get(2)).isEqualTo("{\"inputs\":[{\"id\":\"1246965\",\"properties\":{\"lifecyclestage\":\"lead\"}}]}");
    }

    @Test
    void failsTheRecordWhenHubSpotStillKeepsTheStageAfterClearThenSet() {
        hubspot.stubFor(post(UPDATE).willReturn(okJson("""
                {"status":"COMPLETE","results":[{"id":"1246965","properties":{"hs_object_id":"1246965","lifecyclestage":"customer"},
                  "createdAt":"2025-11-03T09:14:22.120Z","updatedAt":"2026-01-15T11:02:13.518Z","archived":false}],
                 "startedAt":"2026-01-15T11:02:13.402Z","completedAt":"2026-01-15T11:02:13.560Z"}""")));

        List<WriteResult> results = sink().upsertPeople(List.of(write("1246965", Map.of(PersonField.LIFECYCLE_STAGE, "lead"))));

        assertThat(results).singleElement().isInstanceOfSatisfying(WriteResult.Failed.class, failed -> {
            assertThat(failed.failure().code()).isEqualTo("LIFECYCLE_STAGE_NOT_APPLIED");
            assertThat(((SyncFailure.Permanent) failed.failure()).fields()).containsExactly("lifecyclestage");
        });
        hubspot.verify(3, postRequestedFor(urlEqualTo(UPDATE)));
    }

    @Test
    void throwsTheClassifiedFailureWhenTheWholeCallIsRateLimited() {
        hubspot.stubFor(post(UPSERT).willReturn(aResponse().withStatus(429)
                .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .withBody(body("errors/rate-limit-ten-secondly.json"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, () -> sink().upsertPeople(
                List.of(newPerson(Map.of(PersonField.EMAIL, "jane.doe@acme-logistics.example")))));

        assertThat(thrown.failure()).isInstanceOfSatisfying(SyncFailure.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void writingAThousandContactsCostsTenHubSpotCalls() {
        hubspot.stubFor(post(UPDATE).willReturn(aResponse().withTransformers(BatchEcho.NAME)));
        hubspot.stubFor(post(UPSERT).willReturn(aResponse().withTransformers(BatchEcho.NAME)));
        HubSpotContactSink sink = sink();
        List<PersonWrite> writes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Map<PersonField, String> changes = Map.of(PersonField.EMAIL, "person" + i + "@example.com",
                    PersonField.FIRST_NAME, "Person " + i, PersonField.LIFECYCLE_STAGE, "marketingqualifiedlead");
            writes.add(i < 500 ? write(String.valueOf(2_000_000 + i), changes) : newPerson(changes));
        }

        List<WriteResult> results = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += sink.maxBatchSize()) {
            results.addAll(sink.upsertPeople(writes.subList(from, from + sink.maxBatchSize())));
        }

        int calls = hubspot.getAllServeEvents().size();
        System.out.printf("Writing %d contacts (500 known ids, 500 new emails) took %d HubSpot calls%n", writes.size(), calls);
        assertThat(calls).isLessThanOrEqualTo(12).isEqualTo(10);
        assertThat(results).hasSize(1_000).allSatisfy(r -> assertThat(r).isInstanceOf(WriteResult.Written.class));
        assertThat(results.get(0)).isEqualTo(written("2000000", false, ECHOED_AT));
        assertThat(((WriteResult.Written) results.get(999)).created()).isTrue();
    }

    private static PersonWrite write(String contactId, Map<PersonField, String> changes) {
        return new PersonWrite(new PersonId(UUID.randomUUID()),
                new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LbE2aEAF"),
                Optional.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", contactId)), new EnumMap<>(changes),
                "SALESFORCE:Lead:00Q5g00000LbE2aEAF@1768473000000:UPSERT");
    }

    private static PersonWrite newPerson(Map<PersonField, String> changes) {
        return new PersonWrite(new PersonId(UUID.randomUUID()),
                new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LbE2bEAF"), Optional.empty(),
                new EnumMap<>(changes), "SALESFORCE:Lead:00Q5g00000LbE2bEAF@1768473000000:UPSERT");
    }

    /** @param modifiedAt HubSpot's time of the version the write produced */
    private static WriteResult written(String id, boolean created, String modifiedAt) {
        return new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT, "contact", id), created,
                Optional.of(Instant.parse(modifiedAt)));
    }

    private static JsonNode json(LoggedRequest request) {
        return JsonMapper.builder().build().readTree(request.getBodyAsString());
    }

    private static HubSpotContactSink sink() {
        return new HubSpotContactSink(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)), mappings());
    }
}
