package io.leadbridge.hubspot;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock transformer that serves a contact search the way HubSpot does: the contacts of {@link #load}
 * that pass one of the request's filter groups ({@code GT}, {@code GTE} or {@code EQ} on {@code lastmodifieddate}
 * or {@code hs_object_id}), in the order loaded, {@code limit} per page from the {@code after} offset, with
 * {@code paging.next.after} while more remain.
 */
public final class SearchPages implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "hubspot-search-pages";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<Contact> contacts = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile Move move;

    /** A contact modified again once {@code afterRequests} searches were served: it moves to the end. */
    private record Move(int afterRequests, String id, Instant modifiedAt) {
    }

    /** A stored contact: id and modification time. */
    public record Contact(String id, Instant modifiedAt) {
    }

    /** Replaces the contacts served; they must be in modification order. */
    public void load(List<Contact> sorted) {
        contacts.clear();
        contacts.addAll(sorted);
        served.set(0);
        move = null;
    }

    /**
     * Modifies contact {@code id} again at {@code modifiedAt}, later than every other, once {@code afterRequests}
     * searches were answered: it leaves its place and the contacts after it move up by one, as in HubSpot.
     */
    public void modifyAfter(int afterRequests, String id, Instant modifiedAt) {
        move = new Move(afterRequests, id, modifiedAt);
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
        Move pending = move;
        if (pending != null && served.get() == pending.afterRequests()) {
            move = null;
            contacts.removeIf(contact -> contact.id().equals(pending.id()));
            contacts.add(new Contact(pending.id(), pending.modifiedAt()));
        }
        served.incrementAndGet();
        JsonNode request = json.readTree(serveEvent.getRequest().getBodyAsString());
        int limit = request.path("limit").asInt();
        int offset = request.path("after").isMissingNode() ? 0 : Integer.parseInt(request.path("after").asString());
        List<Contact> matching = contacts.stream().filter(c -> matchesAnyGroup(c, request.path("filterGroups")))
                .toList();
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

    private static boolean matchesAnyGroup(Contact contact, JsonNode groups) {
        for (JsonNode group : groups) {
            boolean all = true;
            for (JsonNode filter : group.path("filters")) {
                all &= matches(contact, filter);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** {@code GT}, {@code GTE} and {@code EQ} on {@code lastmodifieddate} (epoch ms) or {@code hs_object_id}. */
    private static boolean matches(Contact contact, JsonNode filter) {
        long actual = switch (filter.path("propertyName").asString()) {
            case "lastmodifieddate" -> contact.modifiedAt().toEpochMilli();
            case "hs_object_id" -> Long.parseLong(contact.id());
            default -> throw new IllegalArgumentException("cannot filter on " + filter.path("propertyName"));
        };
        int comparison = Long.compare(actual, filter.path("value").asLong());
        return switch (filter.path("operator").asString()) {
            case "GT" -> comparison > 0;
            case "GTE" -> comparison >= 0;
            case "EQ" -> comparison == 0;
            default -> throw new IllegalArgumentException("cannot filter with " + filter.path("operator"));
        };
    }
}
