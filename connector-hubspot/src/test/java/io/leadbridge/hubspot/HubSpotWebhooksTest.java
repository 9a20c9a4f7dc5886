package io.leadbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.hubspot.webhook.InvalidWebhookPayloadException;
import io.leadbridge.hubspot.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSpotWebhooksTest {

    private static final String DELIVERY = """
            [{"eventId":3816279340,"subscriptionId":25,"portalId":33,"appId":1160452,"occurredAt":1462216307945,
              "subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":1246965,
              "propertyName":"lifecyclestage","propertyValue":"subscriber","changeSource":"CRM_UI","sourceId":"userId:45678"},
             {"eventId":3816279480,"subscriptionId":22,"portalId":33,"appId":1160452,"occurredAt":1462216307945,
              "subscriptionType":"contact.creation","attemptNumber":0,"objectId":1246978,"changeSource":"IMPORT",
              "changeFlag":"NEW"}]""";

    @Test
    void readsEachEventOfADelivery() {
        List<WebhookEvent> events = new HubSpotWebhooks().parse(DELIVERY.getBytes(StandardCharsets.UTF_8));

        assertThat(events).containsExactly(
                new WebhookEvent("contact.propertyChange", "1246965", Optional.of("lifecyclestage"),
                        Optional.of("subscriber"), Instant.ofEpochMilli(1462216307945L), Optional.of("3816279340"),
                        Optional.of("33"), Optional.of("CRM_UI")),
                new WebhookEvent("contact.creation", "1246978", Optional.empty(), Optional.empty(),
                        Instant.ofEpochMilli(1462216307945L), Optional.of("3816279480"), Optional.of("33"),
                        Optional.of("IMPORT")));
        assertThat(events.get(0).dedupKey()).isEqualTo("contact.propertyChange|1246965|lifecyclestage|1462216307945|subscriber");
        assertThat(events.get(0).toString()).doesNotContain("subscriber");
    }

    @Test
    void rejectsBodiesThatAreNotAnArrayOfWellFormedEvents() {
        assertInvalid("{\"objectId\":1}", "the body must be a JSON array of events");
        assertInvalid("[{\"objectId\":1", "the body is not valid JSON");
        assertInvalid("[{\"subscriptionType\":\"contact.creation\",\"occurredAt\":1462216307945}]",
                "event[0].objectId: missing");
        assertInvalid("[{\"subscriptionType\":\"contact.creation\",\"objectId\":5,\"occurredAt\":\"yesterday\"}]",
                "event[0].occurredAt: must be epoch milliseconds");
        assertInvalid("[1]", "event[0]: must be a JSON object");
    }

    @Test
    void rejectsMoreEventsThanHubSpotSendsInOneRequest() {
        String event = "{\"subscriptionType\":\"contact.creation\",\"objectId\":5,\"occurredAt\":1462216307945}";
        String body = "[" + String.join(",", java.util.Collections.nCopies(101, event)) + "]";

        assertInvalid(body, "a delivery holds at most 100 events, this one 101");
    }

    private static void assertInvalid(String body, String message) {
        assertThatThrownBy(() -> new HubSpotWebhooks().parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidWebhookPayloadException.class).hasMessage(message);
    }
}
