package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Object batch endpoints (100 inputs at most). Create is all-or-nothing unless every input carries a distinct
 * {@code objectWriteTraceId}, which turns on 207 multi-status; read and update answer 207 for unknown ids;
 * upsert (by {@code email} or a unique property) is all-or-nothing.
 */
final class BatchRoutes {

    private static final String TRACE_ID = "objectWriteTraceId";

    private final Portal portal;
    private final ChangeOrigin apiOrigin;

    BatchRoutes(Portal portal, ChangeOrigin apiOrigin) {
        this.portal = portal;
        this.apiOrigin = apiOrigin;
    }

    void register(Router router) {
        router.add("POST", "/objects/{objectType}/batch/create", this::create)
                .add("POST", "/objects/{objectType}/batch/read", this::read)
                .add("POST", "/objects/{objectType}/batch/update", this::update)
                .add("POST", "/objects/{objectType}/batch/upsert", this::upsert)
                .add("POST", "/objects/{objectType}/batch/archive", this::archive);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        List<JsonNode> inputs = Bodies.inputs(request.json(JsonViews.JSON), Bodies.OBJECT_BATCH_LIMIT);
        boolean multiStatus = hasDistinctTraceIds(inputs);
        Instant started = portal.now();
        return portal.atomically(() -> {
            List<Portal.PreparedCreate> prepared = new ArrayList<>();
            List<String> traceIds = new ArrayList<>();
            List<ObjectNode> errors = new ArrayList<>();
            Set<String> batchEmails = new HashSet<>();
            for (JsonNode input : inputs) {
                try {
                    Portal.PreparedCreate create = portal.prepareCreate(type, Bodies.properties(input, "properties"),
                            Bodies.associations(input), batchEmails);
                    Optional.ofNullable(create.properties().get("email")).filter(e -> !e.isEmpty())
                            .ifPresent(e -> batchEmails.add(e.toLowerCase(Locale.ROOT)));
                    prepared.add(create);
                    traceIds.add(input.path(TRACE_ID).asString(null));
                } catch (ApiException failure) {
                    if (!multiStatus) {
                        throw failure;
                    }
                    errors.add(JsonViews.standardError(failure, Map.of(TRACE_ID,
                            List.of(input.path(TRACE_ID).asString("")))));
                }
            }
            List<ObjectNode> results = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                HubSpotRecord record = portal.commit(prepared.get(i), apiOrigin);
                ObjectNode node = JsonViews.record(record, record.properties().keySet());
                if (traceIds.get(i) != null) {
                    node.put(TRACE_ID, traceIds.get(i));
                }
                results.add(node);
            }
            ObjectNode body = JsonViews.batch(results, errors, started, portal.now());
            return new ApiResponse(errors.isEmpty() ? 201 : 207, body);
        });
    }

    private ApiResponse read(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        JsonNode body = request.json(JsonViews.JSON);
        List<JsonNode> inputs = Bodies.inputs(body, Bodies.OBJECT_BATCH_LIMIT);
        String idProperty = body.path("idProperty").asString(null);
        List<String> properties = Bodies.strings(body, "properties");
        List<String> history = Bodies.strings(body, "propertiesWithHistory");
        boolean archived = request.queryFlag("archived");
        Instant started = portal.now();
        return portal.atomically(() -> {
            List<ObjectNode> results = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            for (JsonNode input : inputs) {
                String id = input.path("id").asString("");
                Optional<HubSpotRecord> found = archived
                        ? Portal.parseId(id).flatMap(n -> portal.findIncludingArchived(type, n))
                        .filter(HubSpotRecord::archived)
                        : portal.findBy(type, idProperty, id);
                found.ifPresentOrElse(record -> {
                    ObjectNode node = JsonViews.record(record, properties);
                    JsonViews.history(node, record, history);
                    results.add(node);
                }, () -> missing.add(id));
            }
            return batchResult(type, results, missing, started);
        });
    }

    private ApiResponse update(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        List<JsonNode> inputs = Bodies.inputs(request.json(JsonViews.JSON), Bodies.OBJECT_BATCH_LIMIT);
        requireDistinctIds(inputs);
        Instant started = portal.now();
        return portal.atomically(() -> {
            List<ObjectNode> results = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            List<Runnable> writes = new ArrayList<>();
            for (JsonNode input : inputs) {
                String id = input.path("id").asString("");
                Map<String, String> properties = Bodies.properties(input, "properties");
                Optional<HubSpotRecord> record = portal.findBy(type, input.path("idProperty").asString(null), id);
                record.ifPresent(r -> portal.checkWrite(type, Optional.of(r.id()), properties));
                record.ifPresentOrElse(r -> writes.add(() -> {
                    HubSpotRecord updated = portal.update(type, r.id(), properties, apiOrigin);
                    results.add(JsonViews.record(updated, updated.properties().keySet()));
                }), () -> missing.add(id));
            }
            writes.forEach(Runnable::run);
            return batchResult(type, results, missing, started);
        });
    }

    private ApiResponse upsert(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        List<JsonNode> inputs = Bodies.inputs(request.json(JsonViews.JSON), Bodies.OBJECT_BATCH_LIMIT);
        requireDistinctIds(inputs);
        Instant started = portal.now();
        return portal.atomically(() -> {
            inputs.forEach(input -> checkUpsert(type, input));
            List<ObjectNode> results = new ArrayList<>();
            for (JsonNode input : inputs) {
                String idProperty = input.path("idProperty").asString("");
                String id = input.path("id").asString("");
                Map<String, String> properties = Bodies.properties(input, "properties");
                Optional<HubSpotRecord> existing = portal.findBy(type, idProperty, id);
                HubSpotRecord record;
                if (existing.isPresent()) {
                    record = portal.update(type, existing.get().id(), properties, apiOrigin);
                } else {
                    properties.put(idProperty, id);
                    record = portal.create(type, properties, List.of(), apiOrigin);
                }
                ObjectNode node = JsonViews.record(record, record.properties().keySet());
                node.put("new", existing.isEmpty());
                results.add(node);
            }
            return ApiResponse.ok(JsonViews.batch(results, List.of(), started, portal.now()));
        });
    }

    private void checkUpsert(ObjectType type, JsonNode input) {
        String idProperty = input.path("idProperty").asString("");
        String id = input.path("id").asString("");
        if (idProperty.isEmpty() || "hs_object_id".equals(idProperty) || id.isEmpty()) {
            throw ApiException.badRequest("Each upsert input needs an id and an idProperty with unique values "
                    + "(e.g. email)");
        }
        Map<String, String> properties = Bodies.properties(input, "properties");
        Optional<HubSpotRecord> existing = portal.findBy(type, idProperty, id);
        if (existing.isEmpty()) {
            properties.put(idProperty, id);
        }
        portal.checkWrite(type, existing.map(HubSpotRecord::id), properties);
    }

    private ApiResponse archive(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        List<JsonNode> inputs = Bodies.inputs(request.json(JsonViews.JSON), Bodies.OBJECT_BATCH_LIMIT);
        portal.atomically(() -> {
            inputs.forEach(input -> Portal.parseId(input.path("id").asString("")).ifPresent(id ->
                    portal.archive(type, id)));
            return null;
        });
        return ApiResponse.noContent();
    }

    private ApiResponse batchResult(ObjectType type, List<ObjectNode> results, Set<String> missing,
                                    Instant started) {
        if (missing.isEmpty()) {
            return ApiResponse.ok(JsonViews.batch(results, List.of(), started, portal.now()));
        }
        ObjectNode error = JsonViews.standardError("OBJECT_NOT_FOUND", "Could not get some " + type.messageName()
                + " objects, they may be deleted or not exist. Check that ids are valid.",
                Map.of("ids", List.copyOf(missing)));
        return new ApiResponse(207, JsonViews.batch(results, List.of(error), started, portal.now()));
    }

    private static boolean hasDistinctTraceIds(List<JsonNode> inputs) {
        Set<String> seen = new HashSet<>();
        for (JsonNode input : inputs) {
            String traceId = input.path(TRACE_ID).asString("");
            if (traceId.isEmpty() || !seen.add(traceId)) {
                return false;
            }
        }
        return !inputs.isEmpty();
    }

    private static void requireDistinctIds(List<JsonNode> inputs) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (JsonNode input : inputs) {
            String id = input.path("id").asString("").toLowerCase(Locale.ROOT);
            if (!seen.add(id)) {
                duplicates.add(id);
            }
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.badRequest("Duplicate IDs found in batch input: " + duplicates
                    + ". IDs must be unique");
        }
    }
}
