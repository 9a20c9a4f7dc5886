package io.leadbridge.hubspot.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The parts of a HubSpot error body the classifier uses. Parsed leniently: any field may be missing and
 * the body may not be JSON at all (a proxy's HTML page), which gives an empty result.
 */
record ErrorBody(Optional<String> message, Optional<String> correlationId, Optional<String> category,
                 Optional<String> policyName, List<String> propertyNames) {

    static final ErrorBody EMPTY =
            new ErrorBody(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    static ErrorBody parse(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return EMPTY;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException notJson) {
            return EMPTY;
        }
        if (root == null || !root.isObject()) {
            return EMPTY;
        }
        return new ErrorBody(text(root, "message"), text(root, "correlationId"), text(root, "category"),
                text(root, "policyName"), propertyNames(root.path("errors")));
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    private static List<String> propertyNames(JsonNode errors) {
        List<String> names = new ArrayList<>();
        if (!errors.isArray()) {
            return names;
        }
        for (JsonNode error : errors.values()) {
            JsonNode named = error.path("context").path("propertyName");
            if (named.isArray()) {
                named.values().forEach(name -> addName(names, name));
            } else {
                addName(names, named);
            }
        }
        return names;
    }

    private static void addName(List<String> names, JsonNode name) {
        if (name.isString() && !name.stringValue().isBlank() && !names.contains(name.stringValue())) {
            names.add(name.stringValue());
        }
    }
}
