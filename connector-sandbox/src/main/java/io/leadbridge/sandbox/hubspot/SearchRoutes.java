package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /objects/{type}/search}: filter groups ORed, filters ANDed, one sort (default: creation order),
 * offset paging with {@code total}. Archived records never appear. Like HubSpot's, results lag behind writes when
 * the emulator is started with a search index delay ({@link SearchIndex}); with none they are immediately
 * consistent.
 */
final class SearchRoutes {

    private static final String ASSOCIATION_PREFIX = "associations.";
    private static final Map<ObjectType, List<String>> TEXT_PROPERTIES = Map.of(
            ObjectType.CONTACTS, List.of("firstname", "lastname", "email", "phone", "company"),
            ObjectType.COMPANIES, List.of("name", "domain", "website", "phone"),
            ObjectType.DEALS, List.of("dealname"));

    private final Portal portal;

    SearchRoutes(Portal portal) {
        this.portal = portal;
    }

    void register(Router router) {
        router.add("POST", "/objects/{objectType}/search", Router.Kind.SEARCH, this::search);
    }

    private ApiResponse search(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        SearchQuery query = SearchQuery.parse(request.json(JsonViews.JSON));
        return portal.atomically(() -> {
            List<HubSpotRecord> matches = new ArrayList<>();
            for (HubSpotRecord record : portal.searchable(type)) {
                if (matchesGroups(record, query) && matchesText(record, query.text())) {
                    matches.add(record);
                }
            }
            query.sort().ifPresent(sort -> matches.sort(comparator(type, sort)));
            ObjectNode body = JsonViews.object();
            body.put("total", matches.size());
            ArrayNode results = body.putArray("results");
            int end = Math.min(matches.size(), query.after() + query.limit());
            for (int i = query.after(); i < end; i++) {
                results.add(JsonViews.record(matches.get(i), query.properties()));
            }
            if (end < matches.size()) {
                body.putObject("paging").putObject("next").put("after", String.valueOf(end));
            }
            return ApiResponse.ok(body);
        });
    }

    private boolean matchesGroups(HubSpotRecord record, SearchQuery query) {
        if (query.filterGroups().isEmpty()) {
            return true;
        }
        return query.filterGroups().stream()
                .anyMatch(group -> group.stream().allMatch(filter -> matches(record, filter)));
    }

    private boolean matches(HubSpotRecord record, SearchFilter filter) {
        String name = filter.propertyName();
        if (name.startsWith(ASSOCIATION_PREFIX)) {
            ObjectType toType = ObjectType.fromPath(name.substring(ASSOCIATION_PREFIX.length()));
            List<Long> associated = List.copyOf(portal.associations()
                    .associated(new AssociationStore.End(record.type(), record.id()), toType).keySet());
            PropertyDefinition idDefinition = portal.properties().find(toType, "hs_object_id").orElseThrow();
            return associated.stream().anyMatch(id ->
                    filter.matches(Optional.of(String.valueOf(id)), idDefinition));
        }
        PropertyDefinition definition = portal.properties().find(record.type(), name).orElseThrow(() ->
                ApiException.badRequest("Cannot filter on " + name + ": " + record.type().pathName()
                        + " has no such property"));
        return filter.matches(record.property(name), definition);
    }

    private static boolean matchesText(HubSpotRecord record, String text) {
        if (text.isBlank()) {
            return true;
        }
        StringBuilder haystack = new StringBuilder();
        for (String property : TEXT_PROPERTIES.getOrDefault(record.type(), List.of())) {
            record.property(property).ifPresent(v -> haystack.append(v.toLowerCase(Locale.ROOT)).append(' '));
        }
        for (String token : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (haystack.indexOf(token) < 0) {
                return false;
            }
        }
        return true;
    }

    private Comparator<HubSpotRecord> comparator(ObjectType type, SearchQuery.Sort sort) {
        PropertyDefinition definition = portal.properties().find(type, sort.propertyName()).orElseThrow(() ->
                ApiException.badRequest("Cannot sort on " + sort.propertyName() + ": " + type.pathName()
                        + " has no such property"));
        Comparator<HubSpotRecord> byValue = (a, b) -> SearchFilter.compare(
                a.property(definition.name()).orElseThrow(), b.property(definition.name()).orElseThrow(), definition);
        Comparator<HubSpotRecord> ordered = sort.descending() ? byValue.reversed() : byValue;
        Comparator<HubSpotRecord> missingLast = (a, b) -> {
            boolean aHas = a.property(definition.name()).isPresent();
            boolean bHas = b.property(definition.name()).isPresent();
            if (aHas && bHas) {
                return ordered.compare(a, b);
            }
            return aHas == bHas ? 0 : aHas ? -1 : 1;
        };
        return missingLast.thenComparingLong(HubSpotRecord::id);
    }
}
