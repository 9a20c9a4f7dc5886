package io.leadbridge.sandbox.hubspot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** One parsed request: method, the version-free path, path variables, query parameters and the raw body. */
record ApiRequest(String method, String path, Map<String, String> pathVariables, Map<String, List<String>> query,
                  String body, String contentType) {

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    ApiRequest withPathVariables(Map<String, String> variables) {
        return new ApiRequest(method, path, Map.copyOf(variables), query, body, contentType);
    }

    String variable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path variable " + name);
        }
        return value;
    }

    Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A list parameter, given repeated or comma-separated ({@code properties=a,b&properties=c}). */
    List<String> queryList(String name) {
        List<String> result = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }

    boolean queryFlag(String name) {
        return query(name).map(Boolean::parseBoolean).orElse(false);
    }

    int queryInt(String name, int defaultValue, int max) {
        Optional<String> raw = query(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < 1 || value > max) {
                throw ApiException.badRequest(name + " must be between 1 and " + max + " but was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number but was " + raw.get());
        }
    }

    /** The body as JSON; a missing or malformed body is HubSpot's 400 "Invalid input JSON". */
    JsonNode json(ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("Invalid input JSON: the request has no body");
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " on line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("Invalid input JSON" + where);
        }
    }

    /** A form-encoded body's fields (OAuth token requests). */
    Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        parseQuery(body).forEach((name, values) -> fields.put(name, values.get(0)));
        return fields;
    }
}
