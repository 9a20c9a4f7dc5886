package io.leadbridge.hubspot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.hubspot.HubSpotSpecs;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint the client offers, on both path families; each request is checked against HubSpot's specs. */
class HubSpotClientEndpointsTest {

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void upsertsContactsByEmailAndTellsCreatedFromUpdated() {
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/batch/upsert")
                .willReturn(okJson(body("contacts/batch-upsert-response.json"))));

        BatchResult<UpsertedObject> result = client("2026-03").batchUpsert(CrmObjectType.CONTACTS, new BatchInput<>(List.of(
                new ObjectUpsert("jane.doe@acme-logistics.example", "email",
                        Map.of("email", "jane.doe@acme-logistics.example", "firstname", "Jane")),
                new ObjectUpsert("omar.haddad@northwind-traders.example", "email",
                        Map.of("email", "omar.haddad@northwind-traders.example", "firstname", "Omar")))));

        assertThat(result.results()).extracting(UpsertedObject::id, UpsertedObject::created)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1246965", false),
                        org.assertj.core.groups.Tuple.tuple("1251390", true));
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/contacts/batch/upsert"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"inputs":[
                          {"id":"jane.doe@acme-logistics.example","idProperty":"email",
                           "properties":{"email":"jane.doe@acme-logistics.example","firstname":"Jane"}},
                          {"id":"omar.haddad@northwind-traders.example","idProperty":"email",
                           "properties":{"email":"omar.haddad@northwind-traders.example","firstname":"Omar"}}]}""")));
    }

    @Test
    void readsAMultiStatusUpdateIntoResultsAndClassifiedErrorsNamingTheirIds() {
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/batch/update").willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader("X-HubSpot-Correlation-Id", "8c1e3a55-0d7e-4f8b-9a43-2c9d1e0f7b61")
                .withBody(body("contacts/batch-update-207.json"))));

        BatchResult<HubSpotObject> result = client("2026-03").batchUpdate(CrmObjectType.CONTACTS, new BatchInput<>(List.of(
                new ObjectUpdate("1246965", Map.of("hs_lead_status", "IN_PROGRESS")),
                new ObjectUpdate("1299999", Map.of("hs_lead_status", "IN_PROGRESS")))));

        assertThat(result.results()).extracting(HubSpotObject::id).containsExactly("1246965");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.ids()).containsExactly("1299999");
            assertThat(error.failure()).isInstanceOf(SyncFailure.Permanent.class);
            assertThat(error.failure().code()).isEqualTo("OBJECT_NOT_FOUND");
            assertThat(error.failure().correlationId()).isEqualTo("8c1e3a55-0d7e-4f8b-9a43-2c9d1e0f7b61");
        });
    }

    @Test
    void readsContactsByIdWithTheRequiredEmptyHistoryList() {
        hubspot.stubFor(post(urlPathEqualTo("/crm/objects/2026-03/contacts/batch/read"))
                .willReturn(okJson(body("contacts/batch-read-response.json"))));

        BatchResult<HubSpotObject> result = client("2026-03").batchRead(CrmObjectType.CONTACTS,
                BatchReadRequest.byId(List.of("email", "lifecyclestage"), List.of("1246965")));

        assertThat(result.results()).singleElement().satisfies(contact ->
                assertThat(contact.properties()).containsEntry("lifecyclestage", "marketingqualifiedlead"));
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/contacts/batch/read?archived=false"))
                .withRequestBody(equalToJson("""
                        {"properties":["email","lifecyclestage"],"propertiesWithHistory":[],"inputs":[{"id":"1246965"}]}""")));
    }

    @Test
    void logsANoteOnAContactAndItsCompanyWithInlineAssociations() {
        hubspot.stubFor(post("/crm/objects/2026-03/notes").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(body("notes/create-response.json"))));

        HubSpotObject note = client("2026-03").createObject(CrmObjectType.NOTES, new ObjectInput(
                Map.of("hs_timestamp", "2026-01-15T10:30:00Z", "hs_note_body", "Call recap: budget approved for Q2",
                        "hubspot_owner_id", "41629779"),
                List.of(CrmObjectType.NOTES.associate(CrmObjectType.CONTACTS, "1246965"),
                        CrmObjectType.NOTES.associate(CrmObjectType.COMPANIES, "5790939450"))));

        assertThat(note.id()).isEqualTo("51982374611");
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/notes")).withRequestBody(equalToJson("""
                {"properties":{"hs_timestamp":"2026-01-15T10:30:00Z","hs_note_body":"Call recap: budget approved for Q2",
                               "hubspot_owner_id":"41629779"},
                 "associations":[
                   {"to":{"id":"1246965"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":202}]},
                   {"to":{"id":"5790939450"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":190}]}]}""")));
    }

    @ParameterizedTest
    @CsvSource({"EMAILS,198,186,210", "CALLS,194,182,206", "TASKS,204,192,216", "MEETINGS,200,188,212",
            "NOTES,202,190,214"})
    void knowsHubSpotsDefaultAssociationIdsFromEachActivity(CrmObjectType activity, int contact, int company,
                                                            int deal) {
        assertThat(activity.associationTo(CrmObjectType.CONTACTS)).contains(AssociationType.hubSpotDefined(contact));
        assertThat(activity.associationTo(CrmObjectType.COMPANIES)).contains(AssociationType.hubSpotDefined(company));
        assertThat(activity.associationTo(CrmObjectType.DEALS)).contains(AssociationType.hubSpotDefined(deal));
        assertThat(CrmObjectType.CONTACTS.associationTo(CrmObjectType.COMPANIES)).isEmpty();
    }

    @Test
    void createsACallWithItsContactInTheClassicV3Path() {
        hubspot.stubFor(post("/crm/v3/objects/calls").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"47115263001","properties":{"hs_call_title":"Discovery call","hs_object_id":"47115263001"},
                         "createdAt":"2026-01-15T10:40:00.000Z","updatedAt":"2026-01-15T10:40:00.000Z","archived":false}""")));

        client("v3").createObject(CrmObjectType.CALLS, new ObjectInput(
                Map.of("hs_timestamp", "1768473600000", "hs_call_title", "Discovery call", "hs_call_direction", "OUTBOUND",
                        "hs_call_duration", "540000", "hs_call_status", "COMPLETED"),
                List.of(CrmObjectType.CALLS.associate(CrmObjectType.CONTACTS, "1246965"))));

        hubspot.verify(postRequestedFor(urlEqualTo("/crm/v3/objects/calls")).withRequestBody(equalToJson("""
                {"associations":[{"to":{"id":"1246965"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":194}]}]}""",
                false, true)));
    }

    @Test
    void createsContactsInABatchWithTheEmptyAssociationsListTheSpecRequires() {
        hubspot.stubFor(post("/crm/objects/2026-03/contacts/batch/create").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[{"id":"1251390","properties":{"email":"omar.haddad@northwind-traders.example",
                          "hs_object_id":"1251390"},"createdAt":"2026-01-15T10:30:00.412Z","updatedAt":"2026-01-15T10:30:00.412Z",
                          "archived":false}],"startedAt":"2026-01-15T10:30:00.101Z","completedAt":"2026-01-15T10:30:00.460Z"}""")));

        BatchResult<HubSpotObject> created = client("2026-03").batchCreate(CrmObjectType.CONTACTS, new BatchInput<>(List.of(
                new ObjectInput(Map.of("email", "omar.haddad@northwind-traders.example"), List.of()))));

        assertThat(created.results()).extracting(HubSpotObject::id).containsExactly("1251390");
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/contacts/batch/create")).withRequestBody(equalToJson("""
                {"inputs":[{"properties":{"email":"omar.haddad@northwind-traders.example"},"associations":[]}]}""")));
    }

    @ParameterizedTest
    @CsvSource({"EMAILS,emails,198", "TASKS,tasks,204", "MEETINGS,meetings,200"})
    void logsEveryKindOfActivityOnAContact(CrmObjectType activity, String path, int typeId) {
        hubspot.stubFor(post("/crm/objects/2026-03/" + path).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"61234000001","properties":{"hs_object_id":"61234000001"},
                         "createdAt":"2026-01-15T10:40:00.000Z","updatedAt":"2026-01-15T10:40:00.000Z","archived":false}""")));
        Map<String, String> properties = switch (activity) {
            case EMAILS -> Map.of("hs_timestamp", "2026-01-15T10:40:00Z", "hs_email_direction", "EMAIL",
                    "hs_email_subject", "Following up", "hs_email_text", "Hi Jane, ...", "hs_email_status", "SENT",
                    "hs_email_headers", "{\"from\":{\"email\":\"sam.rivera@leadbridge-demo.example\"},"
                            + "\"to\":[{\"email\":\"jane.doe@acme-logistics.example\"}],\"cc\":[],\"bcc\":[]}");
            case TASKS -> Map.of("hs_timestamp", "2026-01-16T09:00:00Z", "hs_task_subject", "Call Jane back",
                    "hs_task_status", "NOT_STARTED", "hs_task_priority", "HIGH", "hs_task_type", "CALL");
            default -> Map.of("hs_timestamp", "2026-01-20T15:00:00Z", "hs_meeting_title", "Demo",
                    "hs_meeting_start_time", "2026-01-20T15:00:00Z", "hs_meeting_end_time", "2026-01-20T15:45:00Z",
                    "hs_meeting_outcome", "SCHEDULED");
        };

        HubSpotObject logged = client("2026-03").createObject(activity, new ObjectInput(properties,
                List.of(activity.associate(CrmObjectType.CONTACTS, "1246965"))));

        assertThat(logged.id()).isEqualTo("61234000001");
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/" + path)).withRequestBody(equalToJson(
                "{\"associations\":[{\"to\":{\"id\":\"1246965\"},\"types\":[{\"associationCategory\":"
                        + "\"HUBSPOT_DEFINED\",\"associationTypeId\":" + typeId + "}]}]}", false, true)));
    }

    @Test
    void listsDealsOnePageAtATime() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/objects/2026-03/0-3")).willReturn(okJson(body("deals/list-page.json"))));

        ObjectPage page = client("2026-03").listObjects(CrmObjectType.DEALS, List.of("dealname", "dealstage"), 100, null);

        assertThat(page.results()).singleElement().satisfies(deal ->
                assertThat(deal.properties()).containsEntry("dealstage", "contractsent"));
        assertThat(page.nextAfter()).contains("20598234113");
        hubspot.verify(getRequestedFor(urlEqualTo(
                "/crm/objects/2026-03/0-3?limit=100&properties=dealname%2Cdealstage&archived=false")));
    }

    @Test
    void readsOneDealById() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/objects/2026-03/0-3/20598234112")).willReturn(okJson("""
                {"id":"20598234112","properties":{"dealstage":"closedwon","hs_object_id":"20598234112"},
                 "createdAt":"2025-12-02T15:11:08.019Z","updatedAt":"2026-01-14T17:45:51.302Z","archived":false}""")));

        HubSpotObject deal = client("2026-03").getObject(CrmObjectType.DEALS, "20598234112", List.of("dealstage"));

        assertThat(deal.properties()).containsEntry("dealstage", "closedwon");
    }

    @ParameterizedTest
    @CsvSource({"2026-03,/crm/objects/2026-03/contacts/1246965/associations/companies",
            "v3,/crm/v4/objects/contacts/1246965/associations/companies"})
    void readsTheAssociationsOfARecord(String version, String path) {
        hubspot.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body("associations/contact-companies.json"))));

        AssociationPage page = client(version).associations(CrmObjectType.CONTACTS, "1246965", CrmObjectType.COMPANIES,
                100, null);

        assertThat(page.results()).singleElement().satisfies(company -> {
            assertThat(company.toObjectId()).isEqualTo("5790939450");
            assertThat(company.associationTypes()).extracting(AssociationLabel::typeId).containsExactly(1, 279);
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-03,/crm/objects/2026-03/contacts/1246965/associations/default/companies/5790939450",
            "v3,/crm/v4/objects/contacts/1246965/associations/default/companies/5790939450"})
    void linksTwoRecordsWithTheDefaultAssociation(String version, String path) {
        hubspot.stubFor(put(path).willReturn(okJson("""
                {"status":"COMPLETE","results":[{"from":{"id":"1246965"},"to":{"id":"5790939450"},
                 "associationSpec":{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}}],
                 "startedAt":"2026-01-15T10:31:00.101Z","completedAt":"2026-01-15T10:31:00.130Z"}""")));

        client(version).associateDefault(CrmObjectType.CONTACTS, "1246965", CrmObjectType.COMPANIES, "5790939450");

        hubspot.verify(putRequestedFor(urlEqualTo(path)));
    }

    @Test
    void readsAndCreatesAssociationsInBatches() {
        hubspot.stubFor(post("/crm/associations/2026-03/contacts/companies/batch/read")
                .willReturn(okJson(body("associations/batch-read-response.json"))));
        hubspot.stubFor(post("/crm/associations/2026-03/notes/deals/batch/create").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","results":[{"fromObjectTypeId":"0-46","fromObjectId":51982374611,
                         "toObjectTypeId":"0-3","toObjectId":20598234112,"labels":[]}],
                         "startedAt":"2026-01-15T10:31:00.101Z","completedAt":"2026-01-15T10:31:00.130Z"}""")));
        HubSpotClient client = client("2026-03");

        BatchResult<AssociationsOf> read = client.batchReadAssociations(CrmObjectType.CONTACTS, CrmObjectType.COMPANIES,
                List.of("1246965"));
        BatchResult<?> created = client.batchCreateAssociations(CrmObjectType.NOTES, CrmObjectType.DEALS, List.of(
                new AssociationLink(new ObjectId("51982374611"), new ObjectId("20598234112"),
                        List.of(CrmObjectType.NOTES.associationTo(CrmObjectType.DEALS).orElseThrow()))));

        assertThat(read.results()).singleElement().satisfies(row -> {
            assertThat(row.from().id()).isEqualTo("1246965");
            assertThat(row.to()).extracting(AssociatedRecord::toObjectId).containsExactly("5790939450");
        });
        assertThat(created.results()).hasSize(1);
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/associations/2026-03/notes/deals/batch/create"))
                .withRequestBody(equalToJson("""
                        {"inputs":[{"from":{"id":"51982374611"},"to":{"id":"20598234112"},
                          "types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":214}]}]}""")));
    }

    @ParameterizedTest
    @CsvSource({"2026-03,/crm/properties/2026-03/contacts/lifecyclestage", "v3,/crm/v3/properties/contacts/lifecyclestage"})
    void readsTheOptionsOfAnEnumerationProperty(String version, String path) {
        hubspot.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body("properties/lifecyclestage.json"))));

        PropertyDefinition stage = client(version).property(CrmObjectType.CONTACTS, "lifecyclestage");

        assertThat(stage.type()).isEqualTo("enumeration");
        assertThat(stage.options()).extracting(PropertyOption::value).startsWith("subscriber", "lead",
                "marketingqualifiedlead");
    }

    @Test
    void readsEveryContactProperty() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/properties/2026-03/contacts"))
                .willReturn(okJson(body("properties/contacts-all.json"))));

        assertThat(client("2026-03").properties(CrmObjectType.CONTACTS)).extracting(PropertyDefinition::name)
                .contains("email", "lifecyclestage", "hs_lead_status");
    }

    @ParameterizedTest
    @CsvSource({"2026-03,/crm/owners/2026-03", "v3,/crm/v3/owners"})
    void findsAnOwnerByEmail(String version, String path) {
        hubspot.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body("owners/by-email.json"))));

        OwnerPage owners = client(version).owners("sam.rivera@leadbridge-demo.example", 100, null);

        assertThat(owners.results()).singleElement().satisfies(owner -> {
            assertThat(owner.id()).isEqualTo("41629779");
            assertThat(owner.userId()).isEqualTo(9876543L);
        });
        hubspot.verify(getRequestedFor(urlEqualTo(path
                + "?limit=100&archived=false&email=sam.rivera%40leadbridge-demo.example")));
    }

    private static HubSpotClient client(String version) {
        return new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()), TOKEN, version,
                Duration.ofSeconds(5));
    }
}
