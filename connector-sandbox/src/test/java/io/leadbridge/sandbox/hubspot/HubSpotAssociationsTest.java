package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotAssociationsTest {

    @RegisterExtension
    final RunningEmulator hubspot = RunningEmulator.withDefaults();
    private HubSpotRecord contact;
    private HubSpotRecord company;

    @BeforeEach
    void start() {
        contact = emulator().create(ObjectType.CONTACTS, Map.of("email", "ana@acme.example"));
        company = emulator().create(ObjectType.COMPANIES, Map.of("name", "Acme", "domain", "acme.example"));
    }

    @Test
    void a_note_created_with_inline_associations_is_linked_both_ways() {
        EmulatorHttp.Reply note = http().post("/crm/objects/2026-03/notes", """
                {"properties":{"hs_timestamp":"2026-01-15T10:30:00.000Z","hs_note_body":"Call recap"},
                 "associations":[
                   {"to":{"id":"%d"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":202}]},
                   {"to":{"id":"%d"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":190}]}]}"""
                .formatted(contact.id(), company.id()));

        assertThat(note.status()).isEqualTo(201);
        long noteId = Long.parseLong(note.json().path("id").asString());
        assertThat(emulator().associatedIds(ObjectType.NOTES, noteId, ObjectType.CONTACTS))
                .containsExactly(contact.id());
        assertThat(emulator().associatedIds(ObjectType.CONTACTS, contact.id(), ObjectType.NOTES))
                .containsExactly(noteId);

        JsonNode read = http().post("/crm/v4/associations/contacts/notes/batch/read",
                "{\"inputs\":[{\"id\":\"" + contact.id() + "\"}]}").json();
        JsonNode to = read.path("results").get(0).path("to").get(0);
        assertThat(to.path("toObjectId").asString()).isEqualTo(String.valueOf(noteId));
        assertThat(to.path("associationTypes").get(0).path("typeId").asInt()).isEqualTo(201);
    }

    @Test
    void an_inline_association_to_a_missing_record_is_refused() {
        EmulatorHttp.Reply note = http().post("/crm/v3/objects/notes", """
                {"properties":{"hs_timestamp":"1706107800000","hs_note_body":"x"},
                 "associations":[{"to":{"id":"424242"},
                   "types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":202}]}]}""");

        assertThat(note.status()).isEqualTo(400);
        assertThat(emulator().count(ObjectType.NOTES)).isZero();
    }

    @Test
    void default_and_labelled_associations_are_listed_with_their_types() {
        EmulatorHttp.Reply unlabeled = http().put("/crm/v4/objects/contacts/" + contact.id()
                + "/associations/default/companies/" + company.id(), null);
        EmulatorHttp.Reply primary = http().put("/crm/objects/2026-03/contacts/" + contact.id()
                + "/associations/companies/" + company.id(),
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]");

        assertThat(unlabeled.status()).isEqualTo(200);
        assertThat(unlabeled.json().path("results").findValues("associationTypeId").stream().map(JsonNode::asInt))
                .containsExactlyInAnyOrder(279, 280);
        assertThat(primary.status()).isEqualTo(201);
        assertThat(primary.json().path("labels").get(0).asString()).isEqualTo("Primary");

        JsonNode list = http().get("/crm/v4/objects/companies/" + company.id() + "/associations/contacts").json();
        assertThat(list.path("results").get(0).path("associationTypes").findValues("typeId").stream()
                .map(JsonNode::asInt)).containsExactlyInAnyOrder(280, 2);

        JsonNode withAssociations = http().get("/crm/v3/objects/contacts/" + contact.id() + "?associations=companies")
                .json();
        assertThat(withAssociations.path("associations").path("companies").path("results").findValuesAsString("id"))
                .containsOnly(String.valueOf(company.id()));
    }

    @Test
    void batch_create_and_archive_change_what_batch_read_returns() {
        HubSpotRecord deal = emulator().create(ObjectType.DEALS, Map.of("dealname", "Acme renewal"));
        EmulatorHttp.Reply created = http().post("/crm/associations/2026-03/deals/contacts/batch/create", """
                {"inputs":[{"from":{"id":"%d"},"to":{"id":"%d"},
                  "types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":3}]}]}"""
                .formatted(deal.id(), contact.id()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(emulator().associatedIds(ObjectType.CONTACTS, contact.id(), ObjectType.DEALS))
                .containsExactly(deal.id());

        EmulatorHttp.Reply archived = http().post("/crm/v4/associations/deals/contacts/batch/archive",
                "{\"inputs\":[{\"from\":{\"id\":\"" + deal.id() + "\"},\"to\":[{\"id\":\"" + contact.id() + "\"}]}]}");
        EmulatorHttp.Reply read = http().post("/crm/v4/associations/deals/contacts/batch/read",
                "{\"inputs\":[{\"id\":\"" + deal.id() + "\"}]}");

        assertThat(archived.status()).isEqualTo(204);
        assertThat(read.status()).isEqualTo(207);
        assertThat(read.json().path("results")).isEmpty();
        assertThat(emulator().associatedIds(ObjectType.CONTACTS, contact.id(), ObjectType.DEALS)).isEmpty();
    }

    @Test
    void the_labels_endpoint_lists_the_type_ids_of_a_pair_under_every_path_form() {
        for (String path : List.of("/crm/v4/associations/contacts/companies/labels",
                "/crm/associations/2026-03/contacts/companies/labels", "/crm/associations/v4/contacts/companies/labels")) {
            JsonNode labels = http().get(path).json().path("results");

            assertThat(labels.findValues("typeId").stream().map(JsonNode::asInt)).as(path).containsExactly(279, 1);
            assertThat(labels.get(1).path("label").asString()).isEqualTo("Primary");
        }
        assertThat(http().get("/crm/v4/associations/notes/contacts/labels").json().path("results").get(0)
                .path("typeId").asInt()).isEqualTo(202);
    }

    @Test
    void an_association_type_that_does_not_fit_the_pair_is_a_400() {
        EmulatorHttp.Reply reply = http().put("/crm/v4/objects/contacts/" + contact.id() + "/associations/companies/"
                + company.id(), "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":202}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asString()).contains("202");
    }

    private HubSpotEmulator emulator() {
        return hubspot.emulator();
    }

    private EmulatorHttp http() {
        return hubspot.http();
    }
}
