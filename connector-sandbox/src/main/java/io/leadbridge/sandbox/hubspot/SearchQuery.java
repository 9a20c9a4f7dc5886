package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code POST .../search} body, checked against HubSpot's limits: 5 filter groups, 6 filters per group,
 * 18 filters in all, one sort, {@code limit} up to 200, query text up to 3,000 characters and no paging at or
 * past the 10,000th result.
 */
record SearchQuery(List<List<SearchFilter>> filterGroups, Optional<Sort> sort, String text, List<String> properties,
                   int limit, int after) {

    /** One sort rule; HubSpot allows only one. */
    record Sort(String propertyName, boolean descending) {
    }

    static final int MAX_GROUPS = 5;
    static final int MAX_FILTERS_PER_GROUP = 6;
    static final int MAX_FILTERS = 18;
    static final int MAX_LIMIT = 200;
    static final int RESULT_CAP = 10_000;
    static final int MAX_QUERY_LENGTH = 3_000;

    static SearchQuery parse(JsonNode body) {
        List<JsonNode> groups = Bodies.array(body, "filterGroups");
        if (groups.size() > MAX_GROUPS) {
            throw ApiException.badRequest("Too many filter groups: " + groups.size() + " were sent, at most "
                    + MAX_GROUPS + " are allowed");
        }
        List<List<SearchFilter>> filterGroups = new ArrayList<>();
        int total = 0;
        for (JsonNode group : groups) {
            List<JsonNode> filters = Bodies.array(group, "filters");
            if (filters.size() > MAX_FILTERS_PER_GROUP) {
                throw ApiException.badRequest("Too many filters in a filter group: " + filters.size()
                        + " were sent, at most " + MAX_FILTERS_PER_GROUP + " are allowed per group");
            }
            total += filters.size();
            filterGroups.add(filters.stream().map(SearchQuery::filter).toList());
        }
        if (total > MAX_FILTERS) {
            throw ApiException.badRequest("Too many filters: " + total + " were sent, at most " + MAX_FILTERS
                    + " are allowed across all filter groups");
        }
        String text = body.path("query").asString("");
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("query must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        int limit = body.has("limit") && !body.get("limit").isNull() ? body.get("limit").asInt(-1) : 10;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + " but was "
                    + body.path("limit"));
        }
        return new SearchQuery(filterGroups, sort(body), text, Bodies.strings(body, "properties"), limit, after(body));
    }

    private static SearchFilter filter(JsonNode node) {
        List<String> values = node.has("values") ? Bodies.array(node, "values").stream()
                .map(v -> v.asString("")).toList() : null;
        return new SearchFilter(node.path("propertyName").asString(null), node.path("operator").asString(null),
                text(node.get("value")), text(node.get("highValue")), values);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** Object form {@code {"propertyName":..,"direction":..}} or the spec's string form ({@code -name}: descending). */
    private static Optional<Sort> sort(JsonNode body) {
        List<JsonNode> sorts = Bodies.array(body, "sorts");
        if (sorts.size() > 1) {
            throw ApiException.badRequest("Only one sort is allowed but " + sorts.size() + " were sent");
        }
        if (sorts.isEmpty()) {
            return Optional.empty();
        }
        JsonNode sort = sorts.get(0);
        if (sort.isString()) {
            String name = sort.stringValue();
            return Optional.of(name.startsWith("-") ? new Sort(name.substring(1), true) : new Sort(name, false));
        }
        String name = sort.path("propertyName").asString("");
        if (name.isEmpty()) {
            throw ApiException.badRequest("sorts[].propertyName is required");
        }
        String direction = sort.path("direction").asString("ASCENDING");
        if (!"ASCENDING".equals(direction) && !"DESCENDING".equals(direction)) {
            throw ApiException.badRequest("sorts[].direction must be ASCENDING or DESCENDING but was " + direction);
        }
        return Optional.of(new Sort(name, "DESCENDING".equals(direction)));
    }

    private static int after(JsonNode body) {
        String raw = body.path("after").asString("");
        if (raw.isEmpty()) {
            return 0;
        }
        int after;
        try {
            after = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("after must be the paging.next.after of a previous page but was " + raw);
        }
        if (after < 0) {
            throw ApiException.badRequest("after must not be negative");
        }
        if (after >= RESULT_CAP) {
            throw ApiException.badRequest("Search results are capped at " + RESULT_CAP + ": paging past the "
                    + RESULT_CAP + "th result is not allowed. Narrow the filters (e.g. on the last modified date)");
        }
        return after;
    }
}
