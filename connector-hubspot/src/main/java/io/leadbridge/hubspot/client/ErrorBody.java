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
 *
 * @param propertyInvalids one entry per property HubSpot named, e.g. {@code hs_lead_status INVALID_OPTION 'QUALIFIED'}
 */
record ErrorBody(Optional<String> message, Optional<String> correlationId, Optional<String> category,
                 Optional<String> policyName, List<String> propertyNames, List<String> propertyInvalids) {

    static final ErrorBody EMPTY = new ErrorBody(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), List.of());

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
        return of(root);
    }

    /** One error object: a whole error body, or one entry of a batch response's {@code errors}. */
    static ErrorBody of(JsonNode root) {
        List<String> names = new ArrayList<>();
        List<String> invalids = new ArrayList<>();
        JsonNode errors = root.path("errors");
        if (errors.isArray()) {
            for (JsonNode error : errors.values()) {
                collect(error, names, invalids);
            }
        }
        collect(root, names, invalids);
        text(root, "message").ifPresent(message -> collectFromMessage(message, names, invalids));
        return new ErrorBody(text(root, "message"), text(root, "correlationId"), text(root, "category"),
                text(root, "policyName"), names, invalids);
    }

    /**
     * HubSpot's object APIs often name the invalid properties only inside the message, as a JSON array after the
     * summary: {@code Property values were not valid: [{"isValid":false,"message":"..","error":"INVALID_EMAIL",
     * "name":"email"}]}. The property names and error codes are taken from it; the values and per-property
     * messages (personal data) are not.
     */
    private static void collectFromMessage(String message, List<String> names, List<String> invalids) {
        int start = message.indexOf('[');
        if (start < 0 || !message.stripTrailing().endsWith("]")) {
            return;
        }
        JsonNode details;
        try {
            details = HubSpotJson.mapper().readTree(message.substring(start));
        } catch (JacksonException notJson) {
            return;
        }
        if (details == null || !details.isArray()) {
            return;
        }
        for (JsonNode detail : details.values()) {
            Optional<String> name = text(detail, "name");
            if (name.isEmpty() || names.contains(name.get())) {
                continue;
            }
            names.add(name.get());
            invalids.add(name.get() + text(detail, "error").map(code -> " " + code).orElse(""));
        }
    }

    private static void collect(JsonNode error, List<String> names, List<String> invalids) {
        JsonNode context = error.path("context");
        List<String> named = strings(context.path("propertyName"));
        List<String> values = strings(context.path("value"));
        Optional<String> code = text(error, "code");
        for (int i = 0; i < named.size(); i++) {
            String name = named.get(i);
            if (names.contains(name)) {
                continue;
            }
            names.add(name);
            String invalid = name + code.map(c -> " " + c).orElse("");
            if (i < values.size()) {
                invalid += " '" + values.get(i) + "'";
            }
            invalids.add(invalid);
        }
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(value -> addText(values, value));
        } else {
            addText(values, node);
        }
        return values;
    }

    private static void addText(List<String> values, JsonNode value) {
        if (value.isString() && !value.stringValue().isBlank()) {
            values.add(value.stringValue());
        } else if (value.isNumber()) {
            values.add(value.asString());
        }
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue()) : Optional.empty();
    }
}
