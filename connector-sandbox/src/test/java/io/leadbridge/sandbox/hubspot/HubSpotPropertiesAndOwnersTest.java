package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotPropertiesAndOwnersTest {

    @RegisterExtension
    final RunningEmulator hubspot = RunningEmulator.withDefaults();

    @Test
    void lifecycle_stage_and_lead_status_carry_hubspots_default_options_in_order() {
        JsonNode stage = http().get("/crm/properties/2026-03/contacts/lifecyclestage").json();
        JsonNode status = http().get("/crm/v3/properties/contacts/hs_lead_status").json();

        assertThat(stage.path("type").asString()).isEqualTo("enumeration");
        assertThat(stage.path("options").findValuesAsString("value")).containsExactly("subscriber", "lead",
                "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other");
        assertThat(status.path("options").findValuesAsString("value")).containsExactly("NEW", "OPEN", "IN_PROGRESS",
                "OPEN_DEAL", "UNQUALIFIED", "ATTEMPTED_TO_CONTACT", "CONNECTED", "BAD_TIMING");
    }

    @Test
    void the_contact_property_list_has_what_a_real_portal_has() {
        JsonNode list = http().get("/crm/v3/properties/contacts").json();

        assertThat(list.path("results").findValuesAsString("name")).contains("email", "firstname", "lastname", "phone",
                "mobilephone", "jobtitle", "company", "website", "industry", "country", "city", "hs_lead_status",
                "lifecyclestage", "hubspot_owner_id", "createdate", "lastmodifieddate", "hs_object_id");
        assertThat(http().get("/crm/v3/properties/contacts/no_such_property").status()).isEqualTo(404);
    }

    @Test
    void owners_are_listed_found_by_email_and_usable_as_hubspot_owner_id() {
        HubSpotOwner sdr = emulator().createOwner("sofia.sdr@leadbridge.example", "Sofia", "Reyes", "SDR");
        emulator().createOwner("adam.ae@leadbridge.example", "Adam", "Evans", "AE");

        JsonNode all = http().get("/crm/owners/2026-03?limit=1").json();
        JsonNode byEmail = http().get("/crm/v3/owners?email=adam.ae@leadbridge.example").json();
        JsonNode byUserId = http().get("/crm/v3/owners/" + sdr.userId() + "?idProperty=userId").json();

        assertThat(all.path("results")).hasSize(1);
        assertThat(all.path("paging").path("next").path("after").asString()).isEqualTo("1");
        assertThat(byEmail.path("results").get(0).path("firstName").asString()).isEqualTo("Adam");
        assertThat(byUserId.path("id").asString()).isEqualTo(String.valueOf(sdr.id()));
        assertThat(http().get("/crm/v3/properties/contacts/hubspot_owner_id").json().path("options")
                .findValuesAsString("value")).contains(String.valueOf(sdr.id()));

        EmulatorHttp.Reply assigned = http().post("/crm/v3/objects/contacts", """
                {"properties":{"email":"lead@acme.example","hubspot_owner_id":"%d"},"associations":[]}"""
                .formatted(sdr.id()));
        EmulatorHttp.Reply unknownOwner = http().post("/crm/v3/objects/contacts", """
                {"properties":{"email":"other@acme.example","hubspot_owner_id":"1"},"associations":[]}""");
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(unknownOwner.status()).isEqualTo(400);
    }

    @Test
    void a_portal_defined_unique_property_can_be_created_over_http() {
        EmulatorHttp.Reply created = http().post("/crm/v3/properties/contacts", """
                {"name":"salesforce_id","label":"Salesforce ID","type":"string","fieldType":"text",
                 "groupName":"contactinformation","hasUniqueValue":true}""");
        EmulatorHttp.Reply again = http().post("/crm/v3/properties/contacts", """
                {"name":"salesforce_id","label":"Salesforce ID","type":"string","fieldType":"text",
                 "groupName":"contactinformation"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("hasUniqueValue").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        emulator().create(ObjectType.CONTACTS, Map.of("email", "a@acme.example", "salesforce_id", "003AB"));
        assertThat(http().post("/crm/v3/objects/contacts", """
                {"properties":{"email":"b@acme.example","salesforce_id":"003AB"},"associations":[]}""").status())
                .isEqualTo(409);
    }

    private HubSpotEmulator emulator() {
        return hubspot.emulator();
    }

    private EmulatorHttp http() {
        return hubspot.http();
    }
}
