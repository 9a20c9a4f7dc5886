package io.leadbridge.sandbox.hubspot;

import io.leadbridge.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotSearchTest {

    private static final String SEARCH = "/crm/objects/2026-03/contacts/search";
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final MutableClock clock = MutableClock.startingAt(START);
    @RegisterExtension
    final RunningEmulator hubspot = RunningEmulator.with(options -> options.clock(clock).budget(190, 625_000, 1_000));

    @Test
    void pages_through_modified_contacts_in_order_with_total_and_after() {
        for (int i = 0; i < 7; i++) {
            emulator().create(ObjectType.CONTACTS, Map.of("email", "c" + i + "@acme.example"));
            clock.advance(Duration.ofMinutes(1));
        }
        long since = START.plus(Duration.ofMinutes(2)).toEpochMilli();
        String body = """
                {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"%d"}]}],
                 "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                 "properties":["email","lastmodifieddate"],"limit":2,"after":"%s"}""";

        List<String> emails = new ArrayList<>();
        String after = "0";
        int pages = 0;
        do {
            JsonNode page = http().post(SEARCH, body.formatted(since, after)).json();
            assertThat(page.path("total").asInt()).isEqualTo(5);
            emails.addAll(page.path("results").findValuesAsString("email"));
            after = page.path("paging").path("next").path("after").asString(null);
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(emails).containsExactly("c2@acme.example", "c3@acme.example", "c4@acme.example",
                "c5@acme.example", "c6@acme.example");
    }

    @Test
    void filters_are_anded_within_a_group_and_groups_are_ored() {
        seed("ana@acme.example", "lead", "NEW", "Lisbon");
        seed("bo@acme.example", "marketingqualifiedlead", "OPEN", "Porto");
        seed("cy@globex.example", "marketingqualifiedlead", "NEW", "Lisbon");
        seed("di@globex.example", "customer", "CONNECTED", "Madrid");

        List<String> found = emails("""
                {"filterGroups":[
                  {"filters":[{"propertyName":"lifecyclestage","operator":"EQ","value":"marketingqualifiedlead"},
                              {"propertyName":"city","operator":"EQ","value":"lisbon"}]},
                  {"filters":[{"propertyName":"hs_lead_status","operator":"IN","values":["CONNECTED"]}]}],
                 "properties":["email"],"limit":10}""");

        assertThat(found).containsExactly("cy@globex.example", "di@globex.example");
    }

    @Test
    void every_operator_selects_what_hubspot_would() {
        seed("ana@acme.example", "lead", "NEW", "Lisbon");
        seed("bo@acme.example", "marketingqualifiedlead", "OPEN", null);
        seed("cy@globex.example", "customer", "NEW", "Madrid");
        emulator().update(ObjectType.CONTACTS, emulator().contactByEmail("cy@globex.example").orElseThrow().id(),
                Map.of("hubspotscore", "75"));
        emulator().update(ObjectType.CONTACTS, emulator().contactByEmail("ana@acme.example").orElseThrow().id(),
                Map.of("hubspotscore", "20"));

        assertThat(filter("hs_lead_status", "NEQ", "\"value\":\"NEW\"")).containsExactly("bo@acme.example");
        assertThat(filter("hubspotscore", "LT", "\"value\":\"50\"")).containsExactly("ana@acme.example");
        assertThat(filter("hubspotscore", "LTE", "\"value\":\"20\"")).containsExactly("ana@acme.example");
        assertThat(filter("hubspotscore", "GT", "\"value\":\"20\"")).containsExactly("cy@globex.example");
        assertThat(filter("hubspotscore", "GTE", "\"value\":\"20\""))
                .containsExactly("ana@acme.example", "cy@globex.example");
        assertThat(filter("hubspotscore", "BETWEEN", "\"value\":\"10\",\"highValue\":\"30\""))
                .containsExactly("ana@acme.example");
        assertThat(filter("city", "IN", "\"values\":[\"lisbon\",\"madrid\"]"))
                .containsExactly("ana@acme.example", "cy@globex.example");
        assertThat(filter("city", "IN", "\"values\":[\"Lisbon\"]")).as("IN on strings needs lower-case values")
                .isEmpty();
        assertThat(filter("lifecyclestage", "NOT_IN", "\"values\":[\"lead\",\"customer\"]"))
                .containsExactly("bo@acme.example");
        assertThat(filter("city", "HAS_PROPERTY", "\"value\":\"\"")).containsExactly("ana@acme.example",
                "cy@globex.example");
        assertThat(filter("city", "NOT_HAS_PROPERTY", "\"value\":\"\"")).containsExactly("bo@acme.example");
        assertThat(filter("email", "CONTAINS_TOKEN", "\"value\":\"*@globex.example\""))
                .containsExactly("cy@globex.example");
        assertThat(filter("createdate", "EQ", "\"value\":\"" + START.toEpochMilli() + "\""))
                .containsExactly("ana@acme.example", "bo@acme.example", "cy@globex.example");
    }

    @Test
    void associations_pseudo_property_filters_by_associated_record() {
        HubSpotRecord ana = seed("ana@acme.example", "lead", "NEW", "Lisbon");
        seed("bo@acme.example", "lead", "NEW", "Porto");
        HubSpotRecord acme = emulator().create(ObjectType.COMPANIES, Map.of("name", "Acme", "domain", "acme.example"));
        emulator().associate(ObjectType.CONTACTS, ana.id(), ObjectType.COMPANIES, acme.id());

        assertThat(filter("associations.company", "EQ", "\"value\":\"" + acme.id() + "\""))
                .containsExactly("ana@acme.example");
    }

    @Test
    void sorts_descending_on_one_property() {
        seed("ana@acme.example", "lead", "NEW", "Lisbon");
        seed("bo@acme.example", "lead", "NEW", "Amsterdam");
        seed("cy@acme.example", "lead", "NEW", "Madrid");

        assertThat(emails("""
                {"sorts":[{"propertyName":"city","direction":"DESCENDING"}],"properties":["email"],"limit":10}"""))
                .containsExactly("cy@acme.example", "ana@acme.example", "bo@acme.example");
    }

    @Test
    void pages_of_a_sorted_search_follow_one_order_with_ties_by_id_and_missing_values_last() {
        seed("nil@acme.example", "lead", "NEW", null);
        seed("lis1@acme.example", "lead", "NEW", "Lisbon");
        seed("ams@acme.example", "lead", "NEW", "amsterdam");
        seed("lis2@acme.example", "lead", "NEW", "lisbon");
        seed("mad@acme.example", "lead", "NEW", "Madrid");
        seed("lis3@acme.example", "lead", "NEW", "Lisbon");
        String body = """
                {"sorts":[{"propertyName":"city","direction":"DESCENDING"}],"properties":["email"],"limit":2,
                 "after":"%s"}""";

        List<String> emails = new ArrayList<>();
        String after = "0";
        do {
            JsonNode page = http().post(SEARCH, body.formatted(after)).json();
            emails.addAll(page.path("results").findValuesAsString("email"));
            after = page.path("paging").path("next").path("after").asString(null);
        } while (after != null);

        assertThat(emails).containsExactly("mad@acme.example", "lis1@acme.example", "lis2@acme.example",
                "lis3@acme.example", "ams@acme.example", "nil@acme.example");
    }

    @Test
    void limits_on_groups_filters_sorts_and_page_size_are_400s() {
        String filter = "{\"propertyName\":\"email\",\"operator\":\"HAS_PROPERTY\"}";
        String sixGroups = IntStream.range(0, 6).mapToObj(i -> "{\"filters\":[" + filter + "]}")
                .collect(Collectors.joining(","));
        String sevenFilters = IntStream.range(0, 7).mapToObj(i -> filter).collect(Collectors.joining(","));
        String groupOfFour = "{\"filters\":[" + String.join(",", List.of(filter, filter, filter, filter)) + "]}";
        String nineteenFilters = IntStream.range(0, 4).mapToObj(i -> groupOfFour).collect(Collectors.joining(","))
                + ",{\"filters\":[" + String.join(",", List.of(filter, filter, filter)) + "]}";

        assertValidationError("{\"filterGroups\":[" + sixGroups + "]}", "filter groups");
        assertValidationError("{\"filterGroups\":[{\"filters\":[" + sevenFilters + "]}]}", "per group");
        assertValidationError("{\"filterGroups\":[" + nineteenFilters + "]}", "across all filter groups");
        assertValidationError("{\"sorts\":[{\"propertyName\":\"email\"},{\"propertyName\":\"city\"}]}",
                "one sort");
        assertValidationError("{\"limit\":201}", "limit");
        assertValidationError("{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"email\",\"operator\":\"LIKE\","
                + "\"value\":\"a\"}]}]}", "operator");
    }

    @Test
    void paging_stops_at_the_10000_result_cap_with_a_400() {
        for (int i = 0; i < 10_001; i++) {
            emulator().create(ObjectType.CONTACTS, Map.of("email", "bulk" + i + "@acme.example"));
        }

        JsonNode lastPage = http().post(SEARCH, "{\"limit\":200,\"after\":\"9800\",\"properties\":[\"email\"]}").json();
        EmulatorHttp.Reply past = http().post(SEARCH, "{\"limit\":200,\"after\":\"10000\"}");

        assertThat(lastPage.path("total").asInt()).isEqualTo(10_001);
        assertThat(lastPage.path("results")).hasSize(200);
        assertThat(lastPage.path("paging").path("next").path("after").asString()).isEqualTo("10000");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(past.json().path("message").asString()).contains("10000");
    }

    @Test
    void contacts_also_keep_hs_lastmodifieddate_and_other_objects_search_on_it() {
        emulator().create(ObjectType.CONTACTS, Map.of("email", "early@acme.example"));
        emulator().create(ObjectType.DEALS, Map.of("dealname", "Early deal"));
        clock.advance(Duration.ofHours(1));
        emulator().create(ObjectType.CONTACTS, Map.of("email", "late@acme.example"));
        emulator().create(ObjectType.DEALS, Map.of("dealname", "Late deal"));
        String since = String.valueOf(START.plus(Duration.ofMinutes(30)).toEpochMilli());
        String body = "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_lastmodifieddate\","
                + "\"operator\":\"GT\",\"value\":\"" + since + "\"}]}],\"properties\":[\"email\",\"dealname\"]}";

        assertThat(emails(body)).containsExactly("late@acme.example");
        assertThat(http().post("/crm/v3/objects/deals/search", body).json().path("results")
                .findValuesAsString("dealname")).containsExactly("Late deal");
    }

    @Test
    void a_search_after_a_watermark_finds_what_a_scan_finds_as_contacts_change_and_are_archived() {
        Random random = new Random(7);
        List<HubSpotRecord> contacts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            contacts.add(emulator().create(ObjectType.CONTACTS, Map.of("email", "w" + i + "@acme.example")));
            clock.advance(Duration.ofMillis(random.nextInt(3)));
        }
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 10; i++) {
                HubSpotRecord contact = contacts.get(random.nextInt(contacts.size()));
                if (random.nextInt(5) == 0) {
                    emulator().archive(ObjectType.CONTACTS, contact.id());
                    contacts.remove(contact);
                } else {
                    emulator().update(ObjectType.CONTACTS, contact.id(), Map.of("city", "c" + round + i));
                }
                clock.advance(Duration.ofMillis(random.nextInt(3)));
            }
            for (HubSpotRecord watermark : emulator().records(ObjectType.CONTACTS)) {
                String millis = String.valueOf(watermark.updatedAt().toEpochMilli());
                String id = String.valueOf(watermark.id());
                // lastmodifieddate is read from the modification-time index; hs_lastmodifieddate, equal on contacts,
                // by reading every contact
                assertThat(afterWatermark("lastmodifieddate", millis, id, true))
                        .isEqualTo(afterWatermark("hs_lastmodifieddate", millis, id, true));
                assertThat(afterWatermark("lastmodifieddate", millis, id, false))
                        .isEqualTo(afterWatermark("hs_lastmodifieddate", millis, id, false));
                clock.advance(Duration.ofSeconds(11)); // a fresh search and ten-second budget; nothing changes
            }
        }
    }

    /** Every page of a poll after (millis, id) on {@code property}: each page's total and emails. */
    private List<String> afterWatermark(String property, String millis, String id, boolean sorted) {
        String body = """
                {"filterGroups":[{"filters":[{"propertyName":"%1$s","operator":"GT","value":"%2$s"}]},
                  {"filters":[{"propertyName":"%1$s","operator":"EQ","value":"%2$s"},
                              {"propertyName":"hs_object_id","operator":"GT","value":"%3$s"}]}],
                 %4$s"properties":["email"],"limit":7,"after":"%5$s"}""";
        String sort = sorted ? "\"sorts\":[{\"propertyName\":\"" + property + "\",\"direction\":\"ASCENDING\"}],"
                : "";
        List<String> pages = new ArrayList<>();
        String after = "0";
        do {
            EmulatorHttp.Reply reply = http().post(SEARCH, body.formatted(property, millis, id, sort, after));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode page = reply.json();
            pages.add(page.path("total").asInt() + " " + page.path("results").findValuesAsString("email"));
            after = page.path("paging").path("next").path("after").asString(null);
        } while (after != null);
        return pages;
    }

    @Test
    void archived_records_never_appear() {
        HubSpotRecord gone = seed("gone@acme.example", "lead", "NEW", "Lisbon");
        seed("kept@acme.example", "lead", "NEW", "Lisbon");
        emulator().archive(ObjectType.CONTACTS, gone.id());

        assertThat(emails("{\"properties\":[\"email\"]}")).containsExactly("kept@acme.example");
    }

    private HubSpotRecord seed(String email, String stage, String status, String city) {
        Map<String, String> properties = new HashMap<>(Map.of("email", email, "lifecyclestage", stage,
                "hs_lead_status", status));
        if (city != null) {
            properties.put("city", city);
        }
        return emulator().create(ObjectType.CONTACTS, properties);
    }

    private List<String> filter(String property, String operator, String valuePart) {
        String value = valuePart.isEmpty() ? "" : "," + valuePart;
        return emails("{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"" + property + "\",\"operator\":\""
                + operator + "\"" + value + "}]}],\"properties\":[\"email\"],\"limit\":100}");
    }

    private List<String> emails(String body) {
        EmulatorHttp.Reply reply = http().post(SEARCH, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEmpty();
        return reply.json().path("results").findValuesAsString("email");
    }

    private void assertValidationError(String body, String messagePart) {
        EmulatorHttp.Reply reply = http().post(SEARCH, body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.json().path("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.json().path("message").asString()).contains(messagePart);
    }

    private HubSpotEmulator emulator() {
        return hubspot.emulator();
    }

    private EmulatorHttp http() {
        return hubspot.http();
    }
}
