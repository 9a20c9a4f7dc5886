package io.leadbridge.sandbox.hubspot;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The owners API: list (by email, paged) and read by id or user id. */
final class OwnerRoutes {

    private static final int MAX_LIMIT = 500;

    private final Portal portal;

    OwnerRoutes(Portal portal) {
        this.portal = portal;
    }

    void register(Router router) {
        router.add("GET", "/owners", this::list).add("GET", "/owners/{ownerId}", this::read);
    }

    private ApiResponse list(ApiRequest request) {
        int limit = request.queryInt("limit", 100, MAX_LIMIT);
        int after = request.query("after").flatMap(Portal::parseId).map(Long::intValue).orElse(0);
        Optional<String> email = request.query("email");
        boolean archived = request.queryFlag("archived");
        return portal.atomically(() -> {
            List<HubSpotOwner> owners = archived ? List.of() : portal.owners().all().stream()
                    .filter(o -> email.isEmpty() || o.email().equalsIgnoreCase(email.get())).toList();
            ObjectNode body = JsonViews.object();
            ArrayNode results = body.putArray("results");
            int end = Math.min(owners.size(), after + limit);
            for (int i = after; i < end; i++) {
                results.add(render(owners.get(i)));
            }
            if (end < owners.size()) {
                body.putObject("paging").putObject("next").put("after", String.valueOf(end));
            }
            return ApiResponse.ok(body);
        });
    }

    private ApiResponse read(ApiRequest request) {
        String id = request.variable("ownerId");
        boolean byUserId = "userId".equals(request.query("idProperty").orElse("id"));
        return portal.atomically(() -> {
            Optional<HubSpotOwner> owner = Portal.parseId(id).flatMap(n -> byUserId
                    ? portal.owners().byUserId(n) : portal.owners().byId(n));
            return ApiResponse.ok(render(owner.orElseThrow(() ->
                    ApiException.notFound("Owner " + id + " does not exist"))));
        });
    }

    private static ObjectNode render(HubSpotOwner owner) {
        ObjectNode node = JsonViews.object();
        node.put("id", String.valueOf(owner.id()));
        node.put("email", owner.email());
        if (owner.firstName() != null) {
            node.put("firstName", owner.firstName());
        }
        if (owner.lastName() != null) {
            node.put("lastName", owner.lastName());
        }
        node.put("userId", owner.userId());
        node.put("userIdIncludingInactive", owner.userId());
        node.put("type", "PERSON");
        ArrayNode teams = node.putArray("teams");
        if (owner.team() != null) {
            ObjectNode team = teams.addObject();
            team.put("id", String.valueOf(Math.abs(owner.team().hashCode())));
            team.put("name", owner.team());
            team.put("primary", true);
        }
        node.put("archived", false);
        node.put("createdAt", Times.format(owner.createdAt()));
        node.put("updatedAt", Times.format(owner.createdAt()));
        return node;
    }
}
