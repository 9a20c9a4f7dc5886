package io.leadbridge.hubspot;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock transformer that serves a contact search the way HubSpot does: the contacts of {@link #load}
 * whose {@code lastmodifieddate} passes the request's {@code GTE} filter, sorted ascending, {@code limit}
 * per page from the {@code after} offset, with {@code paging.next.after} while more remain.
 */
public final class SearchPages implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "hubspot-search-pages";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<Contact> contacts = new CopyOnWriteArrayList<>();

    /** A stored contact: id and modification time. */
    public record Contact(String id, Instant modifiedAt) {
    }

    /** Replaces the contacts served; they must be in modification order. */
    public void load(List<Contact> sorted) {
        contacts.clear();
        contacts.addAll(sorted);
    }

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
        long from = request.path("filterGroups").path(0).path("filters").path(0).path("value").asLong();
        int limit = request.path("limit").asInt();
        int offset = request.path("after").isMissingNode() ? 0 : Integer.parseInt(request.path("after").asString());
        List<Contact> matching = contacts.stream().filter(c -> c.modifiedAt().toEpochMilli() >= from).toList();
        ArrayNode results = json.createArrayNode();
        for (Contact contact : matching.subList(Math.min(offset, matching.size()),
                Math.min(offset + limit, matching.size()))) {
            ObjectNode properties = json.createObjectNode();
            properties.put("email", "contact-" + contact.id() + "@example.com");
            properties.put("firstname", "Contact " + contact.id());
            properties.put("hs_object_id", contact.id());
            properties.put("lastmodifieddate", contact.modifiedAt().toString());
            ObjectNode result = json.createObjectNode();
            result.put("id", contact.id());
            result.set("properties", properties);
            result.put("createdAt", "2025-06-01T08:00:00.000Z");
            result.put("updatedAt", contact.modifiedAt().toString());
            result.put("archived", false);
            results.add(result);
        }
        ObjectNode body = json.createObjectNode();
        body.put("total", matching.size());
        body.set("results", results);
        if (offset + limit < matching.size()) {
            body.putObject("paging").putObject("next").put("after", String.valueOf(offset + limit));
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(body.toString()).build();
    }
}
