package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of response the emulator gives (success, 207, 4xx, 429) on both path families, checked against
 * HubSpot's own OpenAPI documents in {@code ../shared/specs/hubspot}.
 */
class HubSpotOpenApiConformanceTest {

    private static OpenApiResponses spec;
    private HubSpotEmulator emulator;

    @BeforeAll
    static void loadSpecs() {
        spec = new OpenApiResponses(HubSpotSpecs.folder());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @ParameterizedTest(name = "API version {0}")
    @ValueSource(strings = {"2026-03", "v3"})
    void object_property_owner_and_association_responses_conform(String version) {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.defaults());
        EmulatorHttp http = new EmulatorHttp(emulator);
        Function<String, String> objects = type -> "v3".equals(version)
                ? "/crm/v3/objects/" + type : "/crm/objects/2026-03/" + type;
        String associations = "v3".equals(version) ? "/crm/v4/associations" : "/crm/associations/2026-03";
        String recordAssociations = "v3".equals(version) ? "/crm/v4/objects" : "/crm/objects/2026-03";
        String properties = "v3".equals(version) ? "/crm/v3/properties" : "/crm/properties/2026-03";
        String owners = "v3".equals(version) ? "/crm/v3/owners" : "/crm/owners/2026-03";
        HubSpotOwner owner = emulator.createOwner("sofia.sdr@leadbridge.example", "Sofia", "Reyes", "SDR");
        HubSpotRecord company = emulator.create(ObjectType.COMPANIES, Map.of("name", "Acme", "domain", "acme.example"));

        String contacts = objects.apply("contacts");
        String id = http.post(contacts, """
                {"properties":{"email":"ana@acme.example","firstname":"Ana","lifecyclestage":"lead",
                 "hubspot_owner_id":"%d"},"associations":[]}""".formatted(owner.id())).json().path("id").asString();
        http.get(contacts + "/" + id + "?properties=email,phone&associations=companies");
        http.get(contacts + "/ana@acme.example?idProperty=email&propertiesWithHistory=lifecyclestage");
        http.patch(contacts + "/" + id, "{\"properties\":{\"lifecyclestage\":\"marketingqualifiedlead\"}}");
        http.get(contacts + "?limit=1&properties=email");
        http.post(contacts + "/batch/create", """
                {"inputs":[{"properties":{"email":"bo@acme.example"},"associations":[]},
                           {"properties":{"email":"cy@acme.example"},"associations":[]}]}""");
        http.post(contacts + "/batch/create", """
                {"inputs":[{"properties":{"email":"ana@acme.example"},"associations":[],"objectWriteTraceId":"a"},
                           {"properties":{"email":"di@acme.example"},"associations":[],"objectWriteTraceId":"b"}]}""");
        http.post(contacts + "/batch/read", "{\"idProperty\":\"email\",\"properties\":[\"email\",\"phone\"],"
                + "\"propertiesWithHistory\":[],"
                + "\"inputs\":[{\"id\":\"bo@acme.example\"},{\"id\":\"zz@acme.example\"}]}");
        http.post(contacts + "/batch/update",
                "{\"inputs\":[{\"id\":\"" + id + "\",\"properties\":{\"hs_lead_status\":\"OPEN\"}}]}");
        http.post(contacts + "/batch/upsert", """
                {"inputs":[{"id":"ana@acme.example","idProperty":"email","properties":{"city":"Lisbon"}},
                           {"id":"ed@acme.example","idProperty":"email","properties":{"city":"Porto"}}]}""");
        http.post(contacts + "/search", """
                {"filterGroups":[{"filters":[
                   {"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@acme.example"}]}],
                 "sorts":[{"propertyName":"createdate","direction":"DESCENDING"}],
                 "properties":["email","phone"],"limit":2,"after":"0"}""");
        http.post(contacts, "{\"properties\":{\"email\":\"ana@acme.example\"},\"associations\":[]}");
        http.post(contacts, "{\"properties\":{\"colour\":\"blue\"},\"associations\":[]}");
        http.post(contacts + "/search", "{\"limit\":1,\"after\":\"10000\"}");
        http.get(contacts + "/999999");
        http.withToken("wrong").get(contacts);

        String noteId = http.post(objects.apply("notes"), """
                {"properties":{"hs_timestamp":"1706107800000","hs_note_body":"Call recap"},
                 "associations":[{"to":{"id":"%s"},
                   "types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":202}]}]}"""
                .formatted(id)).json().path("id").asString();
        http.post(objects.apply("calls"), """
                {"properties":{"hs_timestamp":"2026-01-15T10:30:00.000Z","hs_call_direction":"OUTBOUND",
                 "hs_call_disposition":"f240bbac-87c9-4f6e-bf70-924b57d47db7"},"associations":[]}""");
        http.get(objects.apply("companies") + "/" + company.id());

        http.put(recordAssociations + "/contacts/" + id + "/associations/default/companies/" + company.id(), null);
        http.put(recordAssociations + "/contacts/" + id + "/associations/companies/" + company.id(),
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]");
        http.get(recordAssociations + "/contacts/" + id + "/associations/companies");
        http.post(associations + "/contacts/notes/batch/read",
                "{\"inputs\":[{\"id\":\"" + id + "\"},{\"id\":\"" + company.id() + "\"}]}");
        http.post(associations + "/notes/companies/batch/create", """
                {"inputs":[{"from":{"id":"%s"},"to":{"id":"%d"},
                  "types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":190}]}]}"""
                .formatted(noteId, company.id()));
        http.post(associations + "/notes/contacts/batch/associate/default",
                "{\"inputs\":[{\"from\":{\"id\":\"" + noteId + "\"},\"to\":{\"id\":\"" + id + "\"}}]}");
        http.delete(recordAssociations + "/contacts/" + id + "/associations/companies/" + company.id());
        http.get(("v3".equals(version) ? "/crm/associations/v4" : associations) + "/contacts/companies/labels");

        http.get(properties + "/contacts");
        http.get(properties + "/contacts/lifecyclestage");
        http.get(properties + "/deals/dealstage");
        http.get(owners + "?limit=10");
        http.get(owners + "/" + owner.id());
        http.delete(contacts + "/" + id);
        http.post(contacts + "/batch/archive", "{\"inputs\":[{\"id\":\"" + id + "\"}]}");

        assertConforms(http.replies());
    }

    @Test
    void a_429_from_the_ten_second_budget_conforms_but_for_the_missing_category() {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().budget(1, 1_000, 5).build());
        EmulatorHttp http = new EmulatorHttp(emulator);

        http.get("/crm/objects/2026-03/contacts");
        EmulatorHttp.Reply refused = http.get("/crm/objects/2026-03/contacts");

        assertThat(refused.status()).isEqualTo(429);
        assertConforms(http.replies());
    }

    @Test
    void oauth_token_responses_conform_on_every_token_path() {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.defaults());
        EmulatorHttp http = new EmulatorHttp(emulator);
        String client = "client_id=" + HubSpotEmulatorOptions.DEFAULT_CLIENT_ID + "&client_secret="
                + HubSpotEmulatorOptions.DEFAULT_CLIENT_SECRET;

        for (String version : List.of("v1", "v3", "2026-03")) {
            EmulatorHttp.Reply issued = http.postForm("/oauth/" + version + "/token",
                    "grant_type=authorization_code&code=abc&redirect_uri=https://app.example/cb&" + client);
            assertThat(issued.status()).isEqualTo(200);
        }
        assertConforms(http.replies());
    }

    private static void assertConforms(List<EmulatorHttp.Reply> replies) {
        assertThat(replies).extracting(EmulatorHttp.Reply::status)
                .contains(200).allSatisfy(status -> assertThat(status).isLessThan(500));
        List<String> problems = replies.stream().flatMap(reply -> spec.problems(reply).stream()).toList();
        assertThat(problems).as("responses that do not match HubSpot's OpenAPI documents").isEmpty();
    }
}
