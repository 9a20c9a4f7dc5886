package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Associations v4: per-record put/list/delete and the batch read, create, default, archive endpoints. */
final class AssociationRoutes {

    private static final int BATCH_READ_LIMIT = 1_000;
    private static final int BATCH_CREATE_LIMIT = 2_000;
    private static final String HUBSPOT_DEFINED = "HUBSPOT_DEFINED";

    private final Portal portal;

    AssociationRoutes(Portal portal) {
        this.portal = portal;
    }

    void register(Router router) {
        router.add("PUT", "/objects/{fromType}/{fromId}/associations/default/{toType}/{toId}", this::putDefault)
                .add("PUT", "/objects/{fromType}/{fromId}/associations/{toType}/{toId}", this::putLabeled)
                .add("DELETE", "/objects/{fromType}/{fromId}/associations/{toType}/{toId}", this::deletePair)
                .add("GET", "/objects/{fromType}/{fromId}/associations/{toType}", this::list)
                .add("POST", "/associations/{fromType}/{toType}/batch/read", this::batchRead)
                .add("POST", "/associations/{fromType}/{toType}/batch/create", this::batchCreate)
                .add("POST", "/associations/{fromType}/{toType}/batch/associate/default", this::batchDefault)
                .add("POST", "/associations/{fromType}/{toType}/batch/archive", this::batchArchive)
                .add("POST", "/associations/{fromType}/{toType}/batch/labels/archive", this::batchArchiveLabels)
                .add("GET", "/associations/{fromType}/{toType}/labels", this::labels);
    }

    private ApiResponse putDefault(ApiRequest request) {
        Instant started = portal.now();
        return portal.atomically(() -> {
            AssociationStore.End from = end(request.variable("fromType"), request.variable("fromId"));
            AssociationStore.End to = end(request.variable("toType"), request.variable("toId"));
            List<ObjectNode> results = associateDefault(from, to);
            return ApiResponse.ok(JsonViews.batch(results, List.of(), started, portal.now()));
        });
    }

    private ApiResponse putLabeled(ApiRequest request) {
        JsonNode body = request.json(JsonViews.JSON);
        if (!body.isArray()) {
            throw ApiException.badRequest("The body must be an array of association types");
        }
        return portal.atomically(() -> {
            AssociationStore.End from = end(request.variable("fromType"), request.variable("fromId"));
            AssociationStore.End to = end(request.variable("toType"), request.variable("toId"));
            List<AssociationTypes.Type> types = types(from.type(), to.type(), body);
            types.forEach(type -> portal.associations().add(from, to, type));
            return ApiResponse.created(labelsBetween(from, to, types));
        });
    }

    private ApiResponse deletePair(ApiRequest request) {
        return portal.atomically(() -> {
            AssociationStore.End from = end(request.variable("fromType"), request.variable("fromId"));
            AssociationStore.End to = end(request.variable("toType"), request.variable("toId"));
            portal.associations().removeAll(from, to);
            return ApiResponse.noContent();
        });
    }

    private ApiResponse list(ApiRequest request) {
        int limit = request.queryInt("limit", 500, 500);
        int after = request.query("after").flatMap(Portal::parseId).map(Long::intValue).orElse(0);
        return portal.atomically(() -> {
            AssociationStore.End from = end(request.variable("fromType"), request.variable("fromId"));
            ObjectType toType = ObjectType.fromPath(request.variable("toType"));
            List<ObjectNode> all = associated(from, toType);
            ObjectNode body = JsonViews.object();
            ArrayNode results = body.putArray("results");
            int end = Math.min(all.size(), after + limit);
            for (int i = after; i < end; i++) {
                results.add(all.get(i));
            }
            if (end < all.size()) {
                body.putObject("paging").putObject("next").put("after", String.valueOf(end));
            }
            return ApiResponse.ok(body);
        });
    }

    /** The association types between two object types (HUBSPOT_DEFINED only: the portal has no custom labels). */
    private ApiResponse labels(ApiRequest request) {
        ObjectType fromType = ObjectType.fromPath(request.variable("fromType"));
        ObjectType toType = ObjectType.fromPath(request.variable("toType"));
        ObjectNode body = JsonViews.object();
        ArrayNode results = body.putArray("results");
        for (AssociationTypes.Type type : AssociationTypes.between(fromType, toType)) {
            ObjectNode spec = results.addObject();
            spec.put("category", HUBSPOT_DEFINED);
            spec.put("typeId", type.id());
            if (type.label() != null) {
                spec.put("label", type.label());
            }
        }
        return ApiResponse.ok(body);
    }

    private ApiResponse batchRead(ApiRequest request) {
        ObjectType fromType = ObjectType.fromPath(request.variable("fromType"));
        ObjectType toType = ObjectType.fromPath(request.variable("toType"));
        List<JsonNode> inputs = Bodies.inputs(request.json(JsonViews.JSON), BATCH_READ_LIMIT);
        Instant started = portal.now();
        return portal.atomically(() -> {
            List<ObjectNode> results = new ArrayList<>();
            List<ObjectNode> errors = new ArrayList<>();
            for (JsonNode input : inputs) {
                String id = input.path("id").asString("");
                List<ObjectNode> to = Portal.parseId(id).map(n -> associated(new AssociationStore.End(fromType, n),
                        toType)).orElse(List.of());
                if (to.isEmpty()) {
                    errors.add(JsonViews.standardError("OBJECT_NOT_FOUND", "No " + toType.pathName()
                            + " is associated with " + fromType.singular() + " " + id + ".",
                            Map.of("fromObjectId", List.of(id))));
                } else {
                    ObjectNode result = JsonViews.object();
                    result.putObject("from").put("id", id);
                    result.putArray("to").addAll(to);
                    results.add(result);
                }
            }
            ObjectNode body = JsonViews.batch(results, errors, started, portal.now());
            return new ApiResponse(errors.isEmpty() ? 200 : 207, body);
        });
    }

    private ApiResponse batchCreate(ApiRequest request) {
        PairBatch batch = pairBatch(request, BATCH_CREATE_LIMIT);
        return writeBatch(batch, 201, input -> {
            AssociationStore.End from = batch.from(input);
            AssociationStore.End to = batch.to(input);
            List<AssociationTypes.Type> types = types(batch.fromType(), batch.toType(), input.path("types"));
            types.forEach(type -> portal.associations().add(from, to, type));
            return List.of(labelsBetween(from, to, types));
        });
    }

    private ApiResponse batchDefault(ApiRequest request) {
        PairBatch batch = pairBatch(request, BATCH_CREATE_LIMIT);
        return writeBatch(batch, 200, input -> associateDefault(batch.from(input), batch.to(input)));
    }

    private ApiResponse batchArchive(ApiRequest request) {
        PairBatch batch = pairBatch(request, BATCH_CREATE_LIMIT);
        return removeBatch(batch, input -> {
            AssociationStore.End from = batch.from(input);
            for (JsonNode to : Bodies.array(input, "to")) {
                portal.associations().removeAll(from, batch.end(batch.toType(), to));
            }
        });
    }

    private ApiResponse batchArchiveLabels(ApiRequest request) {
        PairBatch batch = pairBatch(request, BATCH_CREATE_LIMIT);
        return removeBatch(batch, input -> types(batch.fromType(), batch.toType(), input.path("types"))
                .forEach(type -> portal.associations().remove(batch.from(input), batch.to(input), type)));
    }

    /** The object types of a batch path and its inputs, each {@code {"from":{"id":..},"to":{"id":..}}}. */
    private record PairBatch(ObjectType fromType, ObjectType toType, List<JsonNode> inputs) {

        AssociationStore.End from(JsonNode input) {
            return end(fromType, input.path("from"));
        }

        AssociationStore.End to(JsonNode input) {
            return end(toType, input.path("to"));
        }

        AssociationStore.End end(ObjectType type, JsonNode idHolder) {
            return new AssociationStore.End(type, requireId(idHolder.path("id").asString("")));
        }
    }

    private static PairBatch pairBatch(ApiRequest request, int limit) {
        return new PairBatch(ObjectType.fromPath(request.variable("fromType")),
                ObjectType.fromPath(request.variable("toType")),
                Bodies.inputs(request.json(JsonViews.JSON), limit));
    }

    private ApiResponse writeBatch(PairBatch batch, int status, Function<JsonNode, List<ObjectNode>> write) {
        Instant started = portal.now();
        return portal.atomically(() -> {
            List<ObjectNode> results = new ArrayList<>();
            for (JsonNode input : batch.inputs()) {
                requireLive(batch.from(input));
                requireLive(batch.to(input));
                results.addAll(write.apply(input));
            }
            return new ApiResponse(status, JsonViews.batch(results, List.of(), started, portal.now()));
        });
    }

    private ApiResponse removeBatch(PairBatch batch, Consumer<JsonNode> removal) {
        portal.atomically(() -> {
            batch.inputs().forEach(removal);
            return null;
        });
        return ApiResponse.noContent();
    }

    private void requireLive(AssociationStore.End end) {
        portal.find(end.type(), end.id()).orElseThrow(() -> Portal.notFound(end.type(), end.id()));
    }

    private List<ObjectNode> associateDefault(AssociationStore.End from, AssociationStore.End to) {
        AssociationTypes.Type type = AssociationTypes.requireUnlabeled(from.type(), to.type());
        portal.associations().add(from, to, type);
        return List.of(defaultAssociation(from, to, type.id()), defaultAssociation(to, from, type.reverseId()));
    }

    private static ObjectNode defaultAssociation(AssociationStore.End from, AssociationStore.End to, int typeId) {
        ObjectNode node = JsonViews.object();
        node.putObject("from").put("id", String.valueOf(from.id()));
        node.putObject("to").put("id", String.valueOf(to.id()));
        ObjectNode spec = node.putObject("associationSpec");
        spec.put("associationCategory", HUBSPOT_DEFINED);
        spec.put("associationTypeId", typeId);
        return node;
    }

    private List<ObjectNode> associated(AssociationStore.End from, ObjectType toType) {
        List<ObjectNode> items = new ArrayList<>();
        portal.associations().associated(from, toType).forEach((toId, typeIds) -> {
            ObjectNode item = JsonViews.object();
            item.put("toObjectId", String.valueOf(toId));
            ArrayNode types = item.putArray("associationTypes");
            for (int typeId : typeIds) {
                ObjectNode spec = types.addObject();
                spec.put("category", HUBSPOT_DEFINED);
                spec.put("typeId", typeId);
                AssociationTypes.byId(from.type(), typeId).map(AssociationTypes.Type::label)
                        .ifPresent(label -> spec.put("label", label));
            }
            items.add(item);
        });
        return items;
    }

    private static ObjectNode labelsBetween(AssociationStore.End from, AssociationStore.End to,
                                            List<AssociationTypes.Type> types) {
        ObjectNode node = JsonViews.object();
        node.put("fromObjectTypeId", from.type().typeId());
        node.put("fromObjectId", String.valueOf(from.id()));
        node.put("toObjectTypeId", to.type().typeId());
        node.put("toObjectId", String.valueOf(to.id()));
        ArrayNode labels = node.putArray("labels");
        types.stream().map(AssociationTypes.Type::label).filter(Objects::nonNull).forEach(labels::add);
        return node;
    }

    private static List<AssociationTypes.Type> types(ObjectType fromType, ObjectType toType, JsonNode specs) {
        List<AssociationTypes.Type> types = new ArrayList<>();
        for (JsonNode spec : specs) {
            String category = spec.path("associationCategory").asString("");
            if (!HUBSPOT_DEFINED.equals(category)) {
                throw ApiException.badRequest("associationCategory " + category + " is not supported by the "
                        + "emulator: only HUBSPOT_DEFINED association types exist in this portal");
            }
            if (!spec.path("associationTypeId").canConvertToInt()) {
                throw ApiException.badRequest("associationTypeId must be a number");
            }
            types.add(AssociationTypes.require(fromType, toType, spec.path("associationTypeId").asInt()));
        }
        if (types.isEmpty()) {
            throw ApiException.badRequest("At least one association type is required");
        }
        return types;
    }

    private AssociationStore.End end(String typeSegment, String idSegment) {
        AssociationStore.End end = new AssociationStore.End(ObjectType.fromPath(typeSegment), requireId(idSegment));
        requireLive(end);
        return end;
    }

    private static long requireId(String id) {
        return Portal.parseId(id).orElseThrow(() -> ApiException.badRequest("'" + id + "' is not a record id"));
    }
}
