package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HubSpotWebhookTest {

    private static final String SECRET = "3c7a8f2e-9b41-4d6a-8e15-2f0c6b9d7a11";
    private static final long APP_ID = 1_160_452L;
    private static final long PORTAL_ID = 62_515L;

    private final WebhookReceiver receiver = new WebhookReceiver();
    private HubSpotEmulator emulator;

    @BeforeEach
    void startReceiverFirst() {
        assertThat(receiver.url().getPort()).isPositive();
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    @Test
    void api_writes_deliver_signed_creation_and_property_change_events_marked_as_integration() throws Exception {
        start(Duration.ofMillis(100));
        EmulatorHttp http = new EmulatorHttp(emulator);

        String id = http.post("/crm/objects/2026-03/contacts", """
                {"properties":{"email":"ana@acme.example","lifecyclestage":"lead","phone":"+1 555 0100"},
                 "associations":[]}""").json().path("id").asString();
        http.patch("/crm/v3/objects/contacts/" + id,
                "{\"properties\":{\"hs_lead_status\":\"OPEN\",\"city\":\"Lisbon\"}}");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 3);
        for (WebhookReceiver.Delivery delivery : receiver.deliveries()) {
            assertThat(delivery.signatureV3()).isEqualTo(expectedSignature(delivery));
            assertThat(delivery.signatureV1()).isNotBlank();
        }
        List<JsonNode> events = receiver.events();
        assertThat(events).extracting(e -> e.path("subscriptionType").asString() + ":"
                        + e.path("propertyName").asString("") + "=" + e.path("propertyValue").asString(""))
                .containsExactlyInAnyOrder("contact.creation:=", "contact.propertyChange:lifecyclestage=lead",
                        "contact.propertyChange:hs_lead_status=OPEN");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("objectId").asLong()).isEqualTo(Long.parseLong(id));
            assertThat(event.path("portalId").asLong()).isEqualTo(PORTAL_ID);
            assertThat(event.path("appId").asLong()).isEqualTo(APP_ID);
            assertThat(event.path("changeSource").asString()).isEqualTo("INTEGRATION");
            assertThat(event.path("attemptNumber").asInt()).isZero();
            assertThat(event.path("occurredAt").isNumber()).isTrue();
        });
        assertThat(events.stream().map(e -> e.path("eventId").asLong()).distinct()).hasSize(3);
    }

    @Test
    void changes_seeded_through_java_are_delivered_as_crm_ui_changes() {
        start(Duration.ofMillis(100));

        HubSpotRecord contact = emulator.create(ObjectType.CONTACTS, Map.of("email", "seeded@acme.example"));
        emulator.update(ObjectType.CONTACTS, contact.id(), Map.of("lifecyclestage", "marketingqualifiedlead"));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 2);
        assertThat(receiver.events()).allSatisfy(e ->
                assertThat(e.path("changeSource").asString()).isEqualTo("CRM_UI"));
    }

    @Test
    void a_merge_delivers_one_merge_event_naming_both_contacts_and_an_archive_a_deletion() {
        start(Duration.ofMillis(100));
        HubSpotRecord primary = emulator.create(ObjectType.CONTACTS, Map.of("email", "ana@acme.example"));
        HubSpotRecord merged = emulator.create(ObjectType.CONTACTS, Map.of("email", "ana.lima@acme.example"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 2);

        emulator.mergeContacts(primary.id(), merged.id());

        emulator.archive(ObjectType.CONTACTS, primary.id());

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 4);
        List<JsonNode> lifecycle = receiver.events().subList(2, 4);
        assertThat(lifecycle).extracting(e -> e.path("subscriptionType").asString() + " " + e.path("objectId").asLong())
                .containsExactly("contact.merge " + primary.id(), "contact.deletion " + primary.id());
        JsonNode merge = lifecycle.get(0);
        assertThat(merge.path("primaryObjectId").asLong()).isEqualTo(primary.id());
        assertThat(merge.path("mergedObjectIds").get(0).asLong()).isEqualTo(merged.id());
        assertThat(merge.path("newObjectId").asLong()).isEqualTo(primary.id());
    }

    @Test
    void events_collected_in_one_window_arrive_in_arrays_of_at_most_100() {
        start(Duration.ofSeconds(2));

        for (int i = 0; i < 150; i++) {
            emulator.create(ObjectType.CONTACTS, Map.of("email", "bulk" + i + "@acme.example"));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.events().size() == 150);
        assertThat(receiver.deliveries()).extracting(d -> d.events().size()).containsExactlyInAnyOrder(100, 50);
        assertThat(emulator.webhookRequestsDelivered()).isEqualTo(2);
    }

    @Test
    void a_failed_delivery_is_retried_with_the_attempt_number_raised_and_signed_again() throws Exception {
        receiver.answerNext(500);
        receiver.answerNext(503);
        start(Duration.ofMillis(50));

        emulator.create(ObjectType.CONTACTS, Map.of("email", "retry@acme.example"));

        await().atMost(Duration.ofSeconds(15)).until(() -> emulator.webhookRequestsDelivered() == 1);
        List<WebhookReceiver.Delivery> deliveries = receiver.deliveries();
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(d -> d.events().get(0).path("attemptNumber").asInt())
                .containsExactly(0, 1, 2);
        assertThat(deliveries).extracting(d -> d.events().get(0).path("eventId").asLong()).containsOnly(
                deliveries.get(0).events().get(0).path("eventId").asLong());
        for (WebhookReceiver.Delivery delivery : deliveries) {
            assertThat(delivery.signatureV3()).isEqualTo(expectedSignature(delivery));
        }
        assertThat(emulator.webhookAttemptsFailed()).isEqualTo(2);
    }

    @Test
    void unsubscribed_properties_and_other_object_types_raise_no_events() {
        start(Duration.ofMillis(50));
        HubSpotRecord contact = emulator.create(ObjectType.CONTACTS, Map.of("email", "quiet@acme.example"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 1);

        emulator.update(ObjectType.CONTACTS, contact.id(), Map.of("phone", "+1 555 0199"));
        emulator.create(ObjectType.COMPANIES, Map.of("name", "Acme"));
        emulator.update(ObjectType.CONTACTS, contact.id(), Map.of("hs_lead_status", "NEW"));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.events().size() == 2);
        assertThat(receiver.events().get(1).path("propertyName").asString()).isEqualTo("hs_lead_status");
    }

    private void start(Duration batchWindow) {
        WebhookOptions webhook = WebhookOptions.to(receiver.url(), SECRET, APP_ID)
                .withSubscribedProperties(Set.of("lifecyclestage", "hs_lead_status"))
                .withBatchWindow(batchWindow)
                .withRetries(10, Duration.ofMillis(100));
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().portalId(PORTAL_ID).webhook(webhook).build());
    }

    /** Recomputed here from HubSpot's documented algorithm, independently of the emulator's signer. */
    private String expectedSignature(WebhookReceiver.Delivery delivery) throws Exception {
        String uri = receiver.url().toString().replace("%3A", ":");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("POST" + uri + delivery.body() + delivery.timestamp())
                .getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }
}
