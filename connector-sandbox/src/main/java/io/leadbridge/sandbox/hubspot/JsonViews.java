package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes HubSpot's response shapes: records, batch envelopes, error bodies. */
final class JsonViews {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonViews() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * A {@code SimplePublicObject}: the requested properties (null when unset), or the type's defaults when none
     * were requested; {@code hs_object_id} and the create and modification dates always.
     */
    static ObjectNode record(HubSpotRecord record, Collection<String> requested) {
        ObjectNode node = object();
        node.put("id", String.valueOf(record.id()));
        ObjectNode properties = node.putObject("properties");
        for (String name : propertyNames(record.type(), requested)) {
            String value = record.properties().get(name);
            if (value == null) {
                properties.putNull(name);
            } else {
                properties.put(name, value);
            }
        }
        node.put("createdAt", Times.format(record.createdAt()));
        node.put("updatedAt", Times.format(record.updatedAt()));
        node.put("archived", record.archived());
        if (record.archivedAt() != null) {
            node.put("archivedAt", Times.format(record.archivedAt()));
        }
        return node;
    }

    /** {@code propertiesWithHistory}: the current value as the only version (the emulator keeps no history). */
    static void history(ObjectNode node, HubSpotRecord record, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        ObjectNode history = node.putObject("propertiesWithHistory");
        for (String name : names) {
            ArrayNode versions = history.putArray(name);
            String value = record.properties().get(name);
            if (value != null) {
                ObjectNode version = versions.addObject();
                version.put("value", value);
                version.put("timestamp", Times.format(record.updatedAt()));
                version.put("sourceType", "API");
            }
        }
    }

    private static Set<String> propertyNames(ObjectType type, Collection<String> requested) {
        Set<String> names = new LinkedHashSet<>(requested.isEmpty() ? type.defaultProperties() : requested);
        names.add(type.createdProperty());
        names.add(type.lastModifiedProperty());
        names.add("hs_object_id");
        return names;
    }

    /** A batch envelope: {@code status COMPLETE}, results, timestamps, and the errors when there are any. */
    static ObjectNode batch(List<? extends JsonNode> results, List<ObjectNode> errors, Instant startedAt,
                            Instant completedAt) {
        ObjectNode node = object();
        node.put("status", "COMPLETE");
        node.putArray("results").addAll(results);
        if (!errors.isEmpty()) {
            node.put("numErrors", errors.size());
            node.putArray("errors").addAll(errors);
        }
        node.put("startedAt", Times.format(startedAt));
        node.put("completedAt", Times.format(completedAt));
        return node;
    }

    /** One {@code StandardError} of a 207 response. */
    static ObjectNode standardError(String category, String message, Map<String, List<String>> context) {
        ObjectNode node = object();
        node.put("status", "error");
        node.put("category", category);
        node.put("message", message);
        ObjectNode contextNode = node.putObject("context");
        context.forEach((key, values) -> {
            ArrayNode array = contextNode.putArray(key);
            values.forEach(array::add);
        });
        node.putArray("errors");
        node.putObject("links");
        return node;
    }

    static ObjectNode standardError(ApiException failure, Map<String, List<String>> extraContext) {
        Map<String, List<String>> context = new LinkedHashMap<>(failure.context());
        context.putAll(extraContext);
        return standardError(failure.category(), failure.getMessage(), context);
    }

    /** HubSpot's error body; a 429 carries {@code errorType} and {@code policyName} instead of a category. */
    static ObjectNode error(ApiException failure, String correlationId) {
        ObjectNode node = object();
        node.put("status", "error");
        node.put("message", failure.getMessage());
        node.put("correlationId", correlationId);
        if (failure.policyName() != null) {
            node.put("errorType", "RATE_LIMIT");
            node.put("policyName", failure.policyName());
            node.put("requestId", correlationId);
            return node;
        }
        node.put("category", failure.category());
        if (!failure.details().isEmpty()) {
            ArrayNode errors = node.putArray("errors");
            for (ApiException.Detail detail : failure.details()) {
                ObjectNode error = errors.addObject();
                error.put("message", detail.message());
                error.put("code", detail.code());
                error.putObject("context").putArray("propertyName").add(detail.propertyName());
            }
        }
        if (!failure.context().isEmpty()) {
            ObjectNode context = node.putObject("context");
            failure.context().forEach((key, values) -> {
                ArrayNode array = context.putArray(key);
                values.forEach(array::add);
            });
        }
        return node;
    }
}
