package io.leadbridge.hubspot.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a webhook delivery: a JSON array of events. Each field the adapter relies on is checked, and a
 * problem names the event index and the field; values never appear in the message.
 */
public final class WebhookPayloadReader {

    private final ObjectMapper json = HubSpotJson.mapper();

    /** The fields of one event, as delivered; optional fields are empty when absent. */
    public record RawEvent(String subscriptionType, String objectId, Optional<String> propertyName,
                           Optional<String> propertyValue, long occurredAt, Optional<String> eventId,
                           Optional<String> portalId, Optional<String> changeSource) {
    }

    /**
     * @throws IllegalArgumentException naming the first problem, e.g. {@code event[2].objectId: missing}
     */
    public List<RawEvent> read(byte[] body, int maxEvents) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("the body must be a JSON array of events");
        }
        if (root.size() > maxEvents) {
            throw new IllegalArgumentException("a delivery holds at most " + maxEvents + " events, this one "
                    + root.size());
        }
        List<RawEvent> events = new ArrayList<>(root.size());
        int index = 0;
        for (JsonNode event : root.values()) {
            String at = "event[" + index++ + "]";
            if (!event.isObject()) {
                throw new IllegalArgumentException(at + ": must be a JSON object");
            }
            String type = scalar(event, "subscriptionType")
                    .or(() -> scalar(event, "eventType"))
                    .orElseThrow(() -> new IllegalArgumentException(at + ".subscriptionType: missing"));
            String objectId = scalar(event, "objectId")
                    .orElseThrow(() -> new IllegalArgumentException(at + ".objectId: missing"));
            JsonNode occurred = event.path("occurredAt");
            if (!occurred.isIntegralNumber() || occurred.longValue() <= 0) {
                throw new IllegalArgumentException(at + ".occurredAt: must be epoch milliseconds");
            }
            events.add(new RawEvent(type, objectId, scalar(event, "propertyName"), scalar(event, "propertyValue"),
                    occurred.longValue(), scalar(event, "eventId"), scalar(event, "portalId"),
                    scalar(event, "changeSource")));
        }
        return events;
    }

    private static Optional<String> scalar(JsonNode event, String field) {
        JsonNode value = event.path(field);
        if (value.isString()) {
            return Optional.of(value.stringValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return Optional.of(value.asString());
        }
        return Optional.empty();
    }
}
