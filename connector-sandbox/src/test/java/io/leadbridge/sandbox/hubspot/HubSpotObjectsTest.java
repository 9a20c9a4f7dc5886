package io.leadbridge.sandbox.hubspot;

import io.leadbridge.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotObjectsTest {

    private static final String CONTACTS = "/crm/objects/2026-03/contacts";
    private static final String CONTACTS_V3 = "/crm/v3/objects/contacts";

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-03-02T09:00:00Z"));
    @RegisterExtension
    final RunningEmulator hubspot = RunningEmulator.with(options -> options.clock(clock));

    @Test
    void a_created_contact_is_readable_under_both_path_families_with_string_values_and_maintained_dates() {
        EmulatorHttp.Reply created = http().post(CONTACTS, """
                {"properties":{"email":"ana.lima@northwind.example","firstname":"Ana","lastname":"Lima",
                 "hubspotscore":42,"lifecyclestage":"lead"},"associations":[]}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("properties").path("hs_object_id").asString()).isEqualTo(id);
        assertThat(created.json().path("properties").path("hubspotscore").asString()).isEqualTo("42");
        assertThat(created.json().path("createdAt").asString()).isEqualTo("2026-03-02T09:00:00.000Z");

        EmulatorHttp.Reply classic = http().get(CONTACTS_V3 + "/" + id + "?properties=email,lifecyclestage,phone");
        assertThat(classic.status()).isEqualTo(200);
        JsonNode properties = classic.json().path("properties");
        assertThat(properties.path("email").asString()).isEqualTo("ana.lima@northwind.example");
        assertThat(properties.path("lifecyclestage").asString()).isEqualTo("lead");
        assertThat(properties.get("phone").isNull()).isTrue();
        assertThat(properties.path("createdate").asString()).isEqualTo("2026-03-02T09:00:00.000Z");
        assertThat(properties.path("lastmodifieddate").asString()).isEqualTo("2026-03-02T09:00:00.000Z");

        clock.advance(Duration.ofMinutes(5));
        EmulatorHttp.Reply updated = http().patch(CONTACTS + "/ana.lima@northwind.example?idProperty=email",
                "{\"properties\":{\"phone\":\"+1 555 0100\"}}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("updatedAt").asString()).isEqualTo("2026-03-02T09:05:00.000Z");
        assertThat(emulator().record(ObjectType.CONTACTS, Long.parseLong(id)).orElseThrow().properties())
                .containsEntry("phone", "+1 555 0100")
                .containsEntry("lastmodifieddate", "2026-03-02T09:05:00.000Z");
    }

    @Test
    void merging_a_contact_archives_it_and_lists_it_in_the_primarys_merged_ids_whose_values_win() {
        HubSpotRecord primary = emulator().create(ObjectType.CONTACTS, Map.of("email", "ana@northwind.example",
                "firstname", "Ana"));
        HubSpotRecord merged = emulator().create(ObjectType.CONTACTS, Map.of("email", "ana.lima@northwind.example",
                "firstname", "Anna", "phone", "+1 555 0100"));
        clock.advance(Duration.ofMinutes(5));

        EmulatorHttp.Reply reply = http().post(CONTACTS + "/merge", "{\"primaryObjectId\":\"" + primary.id()
                + "\",\"objectIdToMerge\":\"" + merged.id() + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("id").asString()).isEqualTo(String.valueOf(primary.id()));
        assertThat(emulator().record(ObjectType.CONTACTS, primary.id()).orElseThrow().properties())
                .containsEntry("firstname", "Ana").containsEntry("phone", "+1 555 0100")
                .containsEntry("hs_merged_object_ids", String.valueOf(merged.id()))
                .containsEntry("lastmodifieddate", "2026-03-02T09:05:00.000Z");
        assertThat(emulator().record(ObjectType.CONTACTS, merged.id()).orElseThrow().archived()).isTrue();
        assertThat(http().post(CONTACTS + "/merge", "{\"primaryObjectId\":\"" + primary.id()
                + "\",\"objectIdToMerge\":\"" + merged.id() + "\"}").status()).isEqualTo(404);
    }

    @Test
    void creating_a_contact_with_an_existing_email_is_a_409_naming_the_existing_id() {
        HubSpotRecord existing = emulator().create(ObjectType.CONTACTS, Map.of("email", "sam@acme.example"));

        EmulatorHttp.Reply reply = http().post(CONTACTS, """
                {"properties":{"email":"SAM@acme.example","firstname":"Sam"},"associations":[]}""");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("category").asString()).isEqualTo("CONFLICT");
        assertThat(reply.json().path("message").asString())
                .isEqualTo("Contact already exists. Existing ID: " + existing.id());
        assertThat(reply.json().path("correlationId").asString())
                .isEqualTo(reply.header("X-HubSpot-Correlation-Id").orElseThrow());
        assertThat(emulator().count(ObjectType.CONTACTS)).isEqualTo(1);
    }

    @Test
    void unknown_properties_and_options_are_refused_together_and_nothing_is_written() {
        EmulatorHttp.Reply reply = http().post(CONTACTS, """
                {"properties":{"email":"x@acme.example","favourite_colour":"blue","hs_lead_status":"HOT"},
                 "associations":[]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.json().path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("PROPERTY_DOESNT_EXIST", "INVALID_OPTION");
        assertThat(emulator().count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void an_option_deleted_while_the_portal_runs_is_refused_on_writes_and_records_keep_it() {
        HubSpotRecord before = emulator().create(ObjectType.CONTACTS, Map.of("email", "before@acme.example",
                "hs_lead_status", "IN_PROGRESS"));

        emulator().deletePropertyOption(ObjectType.CONTACTS, "hs_lead_status", "IN_PROGRESS");
        EmulatorHttp.Reply reply = http().post(CONTACTS, """
                {"properties":{"email":"after@acme.example","hs_lead_status":"IN_PROGRESS"},"associations":[]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").findValuesAsString("code")).containsExactly("INVALID_OPTION");
        assertThat(reply.json().path("message").asString()).contains("IN_PROGRESS");
        assertThat(emulator().record(ObjectType.CONTACTS, before.id()).orElseThrow().properties())
                .containsEntry("hs_lead_status", "IN_PROGRESS");
        assertThat(http().get("/crm/properties/2026-03/contacts/hs_lead_status").json().path("options")
                .findValuesAsString("value")).contains("OPEN").doesNotContain("IN_PROGRESS");
    }

    @Test
    void archived_records_are_gone_from_reads_but_readable_with_archived_true() {
        HubSpotRecord contact = emulator().create(ObjectType.CONTACTS, Map.of("email", "gone@acme.example"));

        assertThat(http().delete(CONTACTS + "/" + contact.id()).status()).isEqualTo(204);

        assertThat(http().get(CONTACTS + "/" + contact.id()).status()).isEqualTo(404);
        EmulatorHttp.Reply archived = http().get(CONTACTS + "/" + contact.id() + "?archived=true");
        assertThat(archived.json().path("archived").asBoolean()).isTrue();
        assertThat(emulator().contactByEmail("gone@acme.example")).isEmpty();
    }

    @Test
    void batch_create_read_and_update_work_by_id_and_by_email() {
        EmulatorHttp.Reply created = http().post(CONTACTS + "/batch/create", """
                {"inputs":[
                  {"properties":{"email":"li.wei@contoso.example","firstname":"Li","lastname":"Wei"},"associations":[]},
                  {"properties":{"email":"maria.garcia@fabrikam.example","firstname":"Maria"},"associations":[]}]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("COMPLETE");
        assertThat(created.json().path("results")).hasSize(2);

        EmulatorHttp.Reply read = http().post(CONTACTS + "/batch/read", """
                {"idProperty":"email","properties":["firstname","email"],"propertiesWithHistory":[],
                 "inputs":[{"id":"li.wei@contoso.example"},{"id":"maria.garcia@fabrikam.example"}]}""");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("results").findValuesAsString("firstname"))
                .containsExactlyInAnyOrder("Li", "Maria");

        long liId = emulator().contactByEmail("li.wei@contoso.example").orElseThrow().id();
        EmulatorHttp.Reply updated = http().post(CONTACTS_V3 + "/batch/update", """
                {"inputs":[{"id":"%s","properties":{"jobtitle":"VP Sales","hs_lead_status":"OPEN"}}]}"""
                .formatted(liId));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(emulator().contactByEmail("li.wei@contoso.example").orElseThrow().properties())
                .containsEntry("jobtitle", "VP Sales").containsEntry("hs_lead_status", "OPEN");
    }

    @Test
    void batch_read_and_update_of_unknown_ids_answer_207_with_the_missing_ids_and_apply_the_rest() {
        HubSpotRecord known = emulator().create(ObjectType.CONTACTS, Map.of("email", "known@acme.example"));

        EmulatorHttp.Reply read = http().post(CONTACTS + "/batch/read",
                "{\"properties\":[\"email\"],\"propertiesWithHistory\":[],\"inputs\":[{\"id\":\"" + known.id()
                        + "\"},{\"id\":\"999999\"}]}");
        EmulatorHttp.Reply update = http().post(CONTACTS + "/batch/update", "{\"inputs\":[{\"id\":\"" + known.id()
                + "\",\"properties\":{\"city\":\"Lisbon\"}},{\"id\":\"999999\",\"properties\":{\"city\":\"Porto\"}}]}");

        assertThat(read.status()).isEqualTo(207);
        assertThat(read.json().path("numErrors").asInt()).isEqualTo(1);
        assertThat(read.json().path("errors").get(0).path("context").path("ids").get(0).asString()).isEqualTo("999999");
        assertThat(read.json().path("results")).hasSize(1);
        assertThat(update.status()).isEqualTo(207);
        assertThat(emulator().record(ObjectType.CONTACTS, known.id()).orElseThrow().properties())
                .containsEntry("city", "Lisbon");
    }

    @Test
    void batch_create_with_distinct_trace_ids_reports_the_duplicate_in_a_207_and_creates_the_others() {
        emulator().create(ObjectType.CONTACTS, Map.of("email", "taken@acme.example"));

        EmulatorHttp.Reply reply = http().post(CONTACTS + "/batch/create", """
                {"inputs":[
                  {"properties":{"email":"taken@acme.example"},"associations":[],"objectWriteTraceId":"t1"},
                  {"properties":{"email":"fresh@acme.example"},"associations":[],"objectWriteTraceId":"t2"}]}""");

        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.json().path("errors").get(0).path("category").asString()).isEqualTo("CONFLICT");
        assertThat(reply.json().path("errors").get(0).path("context").path("objectWriteTraceId").get(0).asString())
                .isEqualTo("t1");
        assertThat(emulator().contactByEmail("fresh@acme.example")).isPresent();
    }

    @Test
    void batch_create_without_trace_ids_is_all_or_nothing() {
        emulator().create(ObjectType.CONTACTS, Map.of("email", "taken@acme.example"));

        EmulatorHttp.Reply reply = http().post(CONTACTS + "/batch/create", """
                {"inputs":[{"properties":{"email":"fresh@acme.example"},"associations":[]},
                           {"properties":{"email":"taken@acme.example"},"associations":[]}]}""");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(emulator().contactByEmail("fresh@acme.example")).isEmpty();
    }

    @Test
    void batch_upsert_by_email_reports_which_records_are_new() {
        HubSpotRecord existing = emulator().create(ObjectType.CONTACTS,
                Map.of("email", "jo@acme.example", "firstname", "Jo"));

        EmulatorHttp.Reply reply = http().post(CONTACTS + "/batch/upsert", """
                {"inputs":[
                  {"id":"jo@acme.example","idProperty":"email","properties":{"phone":"+44 20 7946 0000"}},
                  {"id":"kim@acme.example","idProperty":"email","properties":{"firstname":"Kim"}}]}""");

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Boolean> isNew = IntStream.range(0, 2).mapToObj(i -> reply.json().path("results").get(i))
                .collect(Collectors.toMap(r -> r.path("properties").path("email").asString(),
                        r -> r.path("new").asBoolean()));
        assertThat(isNew).containsEntry("jo@acme.example", false).containsEntry("kim@acme.example", true);
        assertThat(emulator().record(ObjectType.CONTACTS, existing.id()).orElseThrow().properties())
                .containsEntry("phone", "+44 20 7946 0000").containsEntry("firstname", "Jo");
        assertThat(emulator().contactByEmail("kim@acme.example").orElseThrow().properties())
                .containsEntry("firstname", "Kim");
    }

    @Test
    void batch_upsert_with_an_invalid_input_writes_nothing() {
        EmulatorHttp.Reply reply = http().post(CONTACTS + "/batch/upsert", """
                {"inputs":[
                  {"id":"ok@acme.example","idProperty":"email","properties":{"firstname":"Ok"}},
                  {"id":"bad@acme.example","idProperty":"email","properties":{"lifecyclestage":"hot"}}]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(emulator().count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void a_malformed_contact_email_is_refused_as_hubspot_does_naming_the_email_property() {
        EmulatorHttp.Reply reply = http().post(CONTACTS, """
                {"properties":{"email":"not-an-email","firstname":"Nemo"},"associations":[]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.json().path("message").asString()).isEqualTo("Property values were not valid: "
                + "[{\"isValid\":false,\"message\":\"Email address not-an-email is invalid\",\"error\":\"INVALID_EMAIL\","
                + "\"name\":\"email\"}]");
        JsonNode error = reply.json().path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("INVALID_EMAIL");
        assertThat(error.path("context").path("propertyName").get(0).asString()).isEqualTo("email");
        assertThat(emulator().count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void well_formed_emails_are_accepted_and_malformed_ones_refused_on_every_write_with_their_whole_batch() {
        for (String valid : List.of("ada.lovelace@analytical-engines.example", "o'brien+sales@mail.acme.co.uk",
                "jo@xn--mnchen-3ya.xn--p1ai")) {
            assertThat(http().post(CONTACTS, "{\"properties\":{\"email\":\"" + valid + "\"}}").status())
                    .as(valid).isEqualTo(201);
        }
        HubSpotRecord existing = emulator().create(ObjectType.CONTACTS, Map.of("email", "sam@acme.example"));
        for (String invalid : List.of("not-an-email", "sam@acme", "\\\"sam\\\"@acme.example", "sam@@acme.example",
                "sam@acme.c0m", "sam@-acme.example", ".sam@acme.example", "sam smith@acme.example")) {
            assertThat(http().patch(CONTACTS + "/" + existing.id(), "{\"properties\":{\"email\":\"" + invalid + "\"}}")
                    .status()).as(invalid).isEqualTo(400);
            assertThat(http().post(CONTACTS + "/batch/upsert", "{\"inputs\":["
                    + "{\"id\":\"new@acme.example\",\"idProperty\":\"email\",\"properties\":{}},"
                    + "{\"id\":\"" + invalid + "\",\"idProperty\":\"email\",\"properties\":{}}]}").status())
                    .as("a batch upsert holding " + invalid).isEqualTo(400);
        }
        assertThat(emulator().contactByEmail("sam@acme.example")).isPresent();
        assertThat(emulator().contactByEmail("new@acme.example")).as("refused with its batch").isEmpty();
    }

    @Test
    void upsert_by_a_custom_unique_property_creates_then_updates() {
        emulator().defineProperty(ObjectType.CONTACTS,
                PropertyDefinition.customText("salesforce_lead_id", "Salesforce Lead ID", true));
        String body = """
                {"inputs":[{"id":"00Q5g00000AbCdE","idProperty":"salesforce_lead_id",
                            "properties":{"email":"ext@acme.example","company":"%s"}}]}""";

        EmulatorHttp.Reply first = http().post(CONTACTS + "/batch/upsert", body.formatted("Acme"));
        EmulatorHttp.Reply second = http().post(CONTACTS + "/batch/upsert", body.formatted("Acme Corp"));

        assertThat(first.json().path("results").get(0).path("new").asBoolean()).isTrue();
        assertThat(second.json().path("results").get(0).path("new").asBoolean()).isFalse();
        assertThat(emulator().records(ObjectType.CONTACTS)).singleElement()
                .satisfies(c -> assertThat(c.properties()).containsEntry("company", "Acme Corp")
                        .containsEntry("salesforce_lead_id", "00Q5g00000AbCdE"));
    }

    @Test
    void concurrent_upserts_of_the_same_emails_create_each_contact_once() throws Exception {
        String inputs = IntStream.range(0, 25).mapToObj(i -> "{\"id\":\"race" + i
                + "@acme.example\",\"idProperty\":\"email\",\"properties\":{\"city\":\"Lisbon\"}}")
                .collect(Collectors.joining(","));
        List<Thread> threads = new ArrayList<>();
        List<JsonNode> results = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> http().post(CONTACTS + "/batch/upsert", "{\"inputs\":[" + inputs + "]}")
                    .json().path("results").forEach(results::add));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(results).hasSize(200);
        assertThat(results.stream().filter(r -> r.path("new").asBoolean())).hasSize(25);
        assertThat(emulator().count(ObjectType.CONTACTS)).isEqualTo(25);
        assertThat(emulator().records(ObjectType.CONTACTS).stream().map(HubSpotRecord::id).distinct()).hasSize(25);
    }

    @Test
    void batches_over_100_inputs_are_refused_with_a_validation_error() {
        String inputs = IntStream.range(0, 101)
                .mapToObj(i -> "{\"properties\":{\"email\":\"p" + i + "@acme.example\"},\"associations\":[]}")
                .collect(Collectors.joining(","));

        EmulatorHttp.Reply reply = http().post(CONTACTS + "/batch/create", "{\"inputs\":[" + inputs + "]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.json().path("message").asString()).contains("100");
        assertThat(emulator().count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void lifecycle_stage_moves_forward_only_and_moves_back_after_being_cleared() {
        HubSpotRecord contact = emulator().create(ObjectType.CONTACTS,
                Map.of("email", "mql@acme.example", "lifecyclestage", "marketingqualifiedlead"));
        String path = CONTACTS + "/" + contact.id();

        http().patch(path, "{\"properties\":{\"lifecyclestage\":\"lead\",\"jobtitle\":\"CTO\"}}");
        assertThat(stage(contact)).isEqualTo("marketingqualifiedlead");
        assertThat(emulator().record(ObjectType.CONTACTS, contact.id()).orElseThrow().properties())
                .containsEntry("jobtitle", "CTO");

        http().patch(path, "{\"properties\":{\"lifecyclestage\":\"salesqualifiedlead\"}}");
        assertThat(stage(contact)).isEqualTo("salesqualifiedlead");

        http().patch(path, "{\"properties\":{\"lifecyclestage\":\"\"}}");
        http().patch(path, "{\"properties\":{\"lifecyclestage\":\"lead\"}}");
        assertThat(stage(contact)).isEqualTo("lead");
    }

    @Test
    void malformed_json_and_unknown_paths_get_hubspot_error_bodies() {
        EmulatorHttp.Reply malformed = http().post(CONTACTS, "{\"properties\":{\"email\":");
        EmulatorHttp.Reply unknownType = http().get("/crm/v3/objects/widgets/1");
        EmulatorHttp.Reply wrongMethod = http().put(CONTACTS + "/batch/create", "{}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("message").asString()).startsWith("Invalid input JSON");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("message").asString()).contains("widgets");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(emulator().count(ObjectType.CONTACTS)).isZero();
    }

    @Test
    void activities_need_hs_timestamp() {
        EmulatorHttp.Reply reply = http().post("/crm/v3/objects/notes",
                "{\"properties\":{\"hs_note_body\":\"Call recap\"},\"associations\":[]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("context").path("propertyName").get(0).asString())
                .isEqualTo("hs_timestamp");
    }

    @Test
    void listing_pages_with_after_cursors() {
        for (int i = 0; i < 5; i++) {
            emulator().create(ObjectType.COMPANIES, Map.of("name", "Company " + i, "domain", "c" + i + ".example"));
        }

        EmulatorHttp.Reply first = http().get("/crm/v3/objects/companies?limit=3");
        String after = first.json().path("paging").path("next").path("after").asString();
        EmulatorHttp.Reply second = http().get("/crm/objects/2026-03/companies?limit=3&after=" + after);

        assertThat(first.json().path("results").findValuesAsString("name"))
                .containsExactly("Company 0", "Company 1", "Company 2");
        assertThat(second.json().path("results").findValuesAsString("name")).containsExactly("Company 3", "Company 4");
        assertThat(second.json().has("paging")).isFalse();
    }

    private String stage(HubSpotRecord contact) {
        return emulator().record(ObjectType.CONTACTS, contact.id()).orElseThrow().properties().get("lifecyclestage");
    }

    private HubSpotEmulator emulator() {
        return hubspot.emulator();
    }

    private EmulatorHttp http() {
        return hubspot.http();
    }
}
