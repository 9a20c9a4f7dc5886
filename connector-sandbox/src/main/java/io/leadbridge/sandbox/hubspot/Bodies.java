package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads the parts of request bodies the object endpoints share; shape errors are 400s naming the field. */
final class Bodies {

    /** The most inputs an object batch endpoint accepts. */
    static final int OBJECT_BATCH_LIMIT = 100;

    private Bodies() {
    }

    /** {@code properties}: values as strings (numbers and booleans are taken as their text, null as ""). */
    static Map<String, String> properties(JsonNode node, String field) {
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return properties;
        }
        if (!value.isObject()) {
            throw ApiException.badRequest(field + " must be an object of property names to values");
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode v = entry.getValue();
            properties.put(entry.getKey(), v.isNull() ? "" : v.isString() ? v.stringValue() : v.toString());
        }
        return properties;
    }

    /** {@code associations} of a create: {@code [{"to":{"id":".."},"types":[{..,"associationTypeId":202}]}]}. */
    static List<Portal.InlineAssociation> associations(JsonNode node) {
        List<Portal.InlineAssociation> result = new ArrayList<>();
        for (JsonNode association : array(node, "associations")) {
            String toId = association.path("to").path("id").asString("");
            long id = Portal.parseId(toId).orElseThrow(() ->
                    ApiException.badRequest("associations[].to.id must be a record id but was '" + toId + "'"));
            List<Integer> typeIds = new ArrayList<>();
            for (JsonNode type : array(association, "types")) {
                if (!type.path("associationTypeId").canConvertToInt()) {
                    throw ApiException.badRequest("associations[].types[].associationTypeId must be a number");
                }
                typeIds.add(type.path("associationTypeId").asInt());
            }
            if (typeIds.isEmpty()) {
                throw ApiException.badRequest("associations[].types must name at least one association type");
            }
            result.add(new Portal.InlineAssociation(id, typeIds));
        }
        return result;
    }

    /** {@code inputs}, refused when over {@code limit} as HubSpot does. */
    static List<JsonNode> inputs(JsonNode body, int limit) {
        List<JsonNode> inputs = array(body, "inputs");
        if (inputs.size() > limit) {
            throw ApiException.badRequest("Batch input limit exceeded: at most " + limit + " inputs are allowed per "
                    + "request but " + inputs.size() + " were sent");
        }
        return inputs;
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ApiException.badRequest(field + " must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode node, String field) {
        return array(node, field).stream().map(n -> n.asString("")).filter(s -> !s.isEmpty()).toList();
    }
}
