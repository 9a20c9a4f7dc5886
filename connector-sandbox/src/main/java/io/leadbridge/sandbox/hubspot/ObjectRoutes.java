package io.leadbridge.sandbox.hubspot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Single-record endpoints: list, create, read, update, archive. */
final class ObjectRoutes {

    private static final int LIST_LIMIT = 100;

    private final Portal portal;
    private final ChangeOrigin apiOrigin;

    ObjectRoutes(Portal portal, ChangeOrigin apiOrigin) {
        this.portal = portal;
        this.apiOrigin = apiOrigin;
    }

    void register(Router router) {
        router.add("GET", "/objects/{objectType}", this::list)
                .add("POST", "/objects/{objectType}", this::create)
                .add("POST", "/objects/{objectType}/merge", this::merge)
                .add("GET", "/objects/{objectType}/{objectId}", this::read)
                .add("PATCH", "/objects/{objectType}/{objectId}", this::update)
                .add("DELETE", "/objects/{objectType}/{objectId}", this::archive);
    }

    private ApiResponse list(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        int limit = request.queryInt("limit", 10, LIST_LIMIT);
        long after = request.query("after").map(a -> Portal.parseId(a).orElseThrow(() ->
                ApiException.badRequest("after must be a paging cursor from paging.next.after"))).orElse(0L);
        boolean archived = request.queryFlag("archived");
        List<String> properties = request.queryList("properties");
        List<String> associated = request.queryList("associations");
        return portal.atomically(() -> {
            List<HubSpotRecord> page = portal.all(type).stream()
                    .filter(r -> r.archived() == archived && r.id() >= after).limit(limit + 1L).toList();
            ObjectNode body = JsonViews.object();
            ArrayNode results = body.putArray("results");
            page.stream().limit(limit).forEach(r -> results.add(withAssociations(r, properties, associated)));
            if (page.size() > limit) {
                String next = String.valueOf(page.get(limit).id());
                body.putObject("paging").putObject("next").put("after", next);
            }
            return ApiResponse.ok(body);
        });
    }

    private ApiResponse create(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        JsonNode body = request.json(JsonViews.JSON);
        HubSpotRecord record = portal.create(type, Bodies.properties(body, "properties"),
                Bodies.associations(body), apiOrigin);
        return ApiResponse.created(JsonViews.record(record, record.properties().keySet()));
    }

    private ApiResponse read(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        String id = request.variable("objectId");
        return portal.atomically(() -> {
            HubSpotRecord record = locate(type, id, request);
            if (record.archived() && !request.queryFlag("archived")) {
                throw Portal.notFound(type, id);
            }
            ObjectNode node = withAssociations(record, request.queryList("properties"),
                    request.queryList("associations"));
            JsonViews.history(node, record, request.queryList("propertiesWithHistory"));
            return ApiResponse.ok(node);
        });
    }

    private ApiResponse update(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        JsonNode body = request.json(JsonViews.JSON);
        Map<String, String> properties = Bodies.properties(body, "properties");
        HubSpotRecord updated = portal.atomically(() -> {
            HubSpotRecord record = locate(type, request.variable("objectId"), request);
            if (record.archived()) {
                throw Portal.notFound(type, request.variable("objectId"));
            }
            return portal.update(type, record.id(), properties, apiOrigin);
        });
        return ApiResponse.ok(JsonViews.record(updated, updated.properties().keySet()));
    }

    /** {@code POST .../merge} {@code {"primaryObjectId":"1","objectIdToMerge":"2"}}: 200 with the primary. */
    private ApiResponse merge(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        JsonNode body = request.json(JsonViews.JSON);
        long primary = Portal.parseId(body.path("primaryObjectId").asString(""))
                .orElseThrow(() -> ApiException.badRequest("primaryObjectId must be a record id"));
        long merged = Portal.parseId(body.path("objectIdToMerge").asString(""))
                .orElseThrow(() -> ApiException.badRequest("objectIdToMerge must be a record id"));
        HubSpotRecord survivor = portal.merge(type, primary, merged, apiOrigin);
        return ApiResponse.ok(JsonViews.record(survivor, survivor.properties().keySet()));
    }

    private ApiResponse archive(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        Portal.parseId(request.variable("objectId")).ifPresent(id -> portal.archive(type, id));
        return ApiResponse.noContent();
    }

    private HubSpotRecord locate(ObjectType type, String id, ApiRequest request) {
        String idProperty = request.query("idProperty").orElse(null);
        if (idProperty == null) {
            return Portal.parseId(id).flatMap(n -> portal.findIncludingArchived(type, n))
                    .orElseThrow(() -> Portal.notFound(type, id));
        }
        return portal.findBy(type, idProperty, id).orElseThrow(() -> Portal.notFound(type, id));
    }

    /** A record with {@code associations: {companies: {results: [{id, type}]}}} for the requested types. */
    private ObjectNode withAssociations(HubSpotRecord record, List<String> properties, List<String> associated) {
        ObjectNode node = JsonViews.record(record, properties);
        if (associated.isEmpty()) {
            return node;
        }
        ObjectNode associations = JsonViews.object();
        for (String name : associated) {
            ObjectType toType = ObjectType.fromPath(name);
            Map<Long, List<Integer>> targets = portal.associations()
                    .associated(new AssociationStore.End(record.type(), record.id()), toType);
            if (targets.isEmpty()) {
                continue;
            }
            ArrayNode results = associations.putObject(toType.pathName()).putArray("results");
            targets.forEach((toId, typeIds) -> typeIds.forEach(typeId -> {
                AssociationTypes.Type t = AssociationTypes.byId(record.type(), typeId).orElseThrow();
                ObjectNode item = results.addObject();
                item.put("id", String.valueOf(toId));
                item.put("type", record.type().singular() + "_to_" + toType.singular()
                        + (t.label() == null ? "" : "_" + t.label().toLowerCase(Locale.ROOT)));
            }));
        }
        if (!associations.isEmpty()) {
            node.set("associations", associations);
        }
        return node;
    }
}
