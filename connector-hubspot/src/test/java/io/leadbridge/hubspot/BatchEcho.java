package io.leadbridge.hubspot;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock transformer that answers HubSpot contact batch calls the way HubSpot does: batch update returns each
 * input id with its properties, batch read each id with an email and a first name, batch upsert creates a contact per unknown email
 * (with a fresh id and {@code "new": true}). Results come back in reverse input order, since HubSpot does not
 * promise any order. Stubs opt in with {@code withTransformers(BatchEcho.NAME)}.
 */
public final class BatchEcho implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "hubspot-batch-echo";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final AtomicLong nextId = new AtomicLong(3_100_001);

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode request = json.readTree(serveEvent.getRequest().getBodyAsString());
        boolean upsert = serveEvent.getRequest().getUrl().endsWith("/batch/upsert");
        boolean read = serveEvent.getRequest().getUrl().contains("/batch/read");
        ArrayNode results = json.createArrayNode();
        for (JsonNode input : request.path("inputs").values()) {
            ObjectNode result = json.createObjectNode();
            ObjectNode properties = json.createObjectNode();
            input.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            String id = upsert ? String.valueOf(nextId.getAndIncrement()) : input.path("id").stringValue();
            if (read) {
                properties.put("email", "contact-" + id + "@example.com");
                properties.put("firstname", "Contact " + id);
            }
            properties.put("hs_object_id", id);
            properties.put("lastmodifieddate", "2026-01-15T10:30:00.000Z");
            result.put("id", id);
            result.set("properties", properties);
            result.put("createdAt", "2026-01-15T10:30:00.000Z");
            result.put("updatedAt", "2026-01-15T10:30:00.000Z");
            result.put("archived", false);
            if (upsert) {
                result.put("new", true);
            }
            if (input.has("objectWriteTraceId")) {
                result.set("objectWriteTraceId", input.path("objectWriteTraceId"));
            }
            results.insert(0, result);
        }
        ObjectNode body = json.createObjectNode();
        body.put("status", "COMPLETE");
        body.set("results", results);
        body.put("startedAt", "2026-01-15T10:30:00.101Z");
        body.put("completedAt", "2026-01-15T10:30:00.460Z");
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader("X-HubSpot-Correlation-Id", "6a0f5d8e-2b1c-4e7a-9f3d-8c2b1a0e9d7f")
                .withBody(body.toString()).build();
    }
}
