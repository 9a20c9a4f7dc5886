package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
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
    private static final Set<String> LOWER_BOUNDS = Set.of("GT", "GTE", "EQ", "BETWEEN");
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
        List<List<RecordCheck>> groups = query.filterGroups().stream()
                .map(group -> group.stream().map(filter -> check(type, filter)).toList()).toList();
        OptionalLong modifiedFrom = modifiedFrom(type, query.filterGroups());
        return portal.atomically(() -> {
            List<HubSpotRecord> candidates = modifiedFrom.isPresent()
                    ? portal.searchableModifiedFrom(type, modifiedFrom.getAsLong()) : portal.searchable(type);
            List<HubSpotRecord> matches = new ArrayList<>();
            for (HubSpotRecord record : candidates) {
                if (matchesGroups(record, groups) && matchesText(record, query.text())) {
                    matches.add(record);
                }
            }
            int end = Math.min(matches.size(), query.after() + query.limit());
            List<HubSpotRecord> ordered = ordered(type, query.sort(), modifiedFrom.isPresent(), matches, end);
            ObjectNode body = JsonViews.object();
            body.put("total", matches.size());
            ArrayNode results = body.putArray("results");
            for (int i = query.after(); i < end; i++) {
                results.add(JsonViews.record(ordered.get(i), query.properties()));
            }
            if (end < matches.size()) {
                body.putObject("paging").putObject("next").put("after", String.valueOf(end));
            }
            return ApiResponse.ok(body);
        });
    }

    /**
     * The modification time every record the filter groups can match is at or after, in epoch milliseconds, when
     * each group bounds the type's {@link ObjectType#lastModifiedProperty()} from below ({@code GT}, {@code GTE},
     * {@code EQ}, {@code BETWEEN}), as a poll for changes after a watermark does: the search then reads only the
     * records modified since, from {@link SearchIndex}. The groups still decide; a bound that does not parse as a
     * time leaves the search to read every record (and answer 400 as before).
     */
    private static OptionalLong modifiedFrom(ObjectType type, List<List<SearchFilter>> groups) {
        if (groups.isEmpty()) {
            return OptionalLong.empty();
        }
        long from = Long.MAX_VALUE;
        for (List<SearchFilter> group : groups) {
            OptionalLong groupFrom = OptionalLong.empty();
            for (SearchFilter filter : group) {
                if (filter.propertyName().equals(type.lastModifiedProperty())
                        && LOWER_BOUNDS.contains(filter.operator())) {
                    Optional<Instant> bound = Times.parse(filter.value());
                    if (bound.isEmpty()) {
                        return OptionalLong.empty();
                    }
                    long millis = bound.get().toEpochMilli();
                    groupFrom = OptionalLong.of(Math.max(millis, groupFrom.orElse(millis)));
                }
            }
            if (groupFrom.isEmpty()) {
                return OptionalLong.empty();
            }
            from = Math.min(from, groupFrom.getAsLong());
        }
        return OptionalLong.of(from);
    }

    /**
     * The matches in the order the search answers in: the sort's, else creation (id) order. Matches read in
     * modification-time order already are in the order of an ascending sort on that time.
     */
    private List<HubSpotRecord> ordered(ObjectType type, Optional<SearchQuery.Sort> sort, boolean inModifiedOrder,
                                        List<HubSpotRecord> matches, int count) {
        if (sort.isEmpty()) {
            if (inModifiedOrder) {
                matches.sort(Comparator.comparingLong(HubSpotRecord::id));
            }
            return matches;
        }
        if (inModifiedOrder && !sort.get().descending()
                && sort.get().propertyName().equals(type.lastModifiedProperty())) {
            return matches;
        }
        return firstInOrder(type, sort.get(), matches, count);
    }

    /** Filter groups are ORed, a group's filters ANDed; no group matches every record. */
    private static boolean matchesGroups(HubSpotRecord record, List<List<RecordCheck>> groups) {
        if (groups.isEmpty()) {
            return true;
        }
        for (List<RecordCheck> group : groups) {
            if (matchesAll(record, group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAll(HubSpotRecord record, List<RecordCheck> group) {
        for (RecordCheck check : group) {
            if (!check.test(record)) {
                return false;
            }
        }
        return true;
    }

    /** One filter of a search, tested against each record the search reads. */
    private interface RecordCheck {
        boolean test(HubSpotRecord record);
    }

    private RecordCheck check(ObjectType type, SearchFilter filter) {
        String name = filter.propertyName();
        if (name.startsWith(ASSOCIATION_PREFIX)) {
            return record -> matchesAssociation(record, filter);
        }
        return new PropertyCheck(type, filter);
    }

    /**
     * A filter on a property of the searched records: its definition is looked up once per search, and a property
     * the type lacks is a 400 once a record is tested, as before there were any records to test.
     */
    private final class PropertyCheck implements RecordCheck {

        private final ObjectType type;
        private final SearchFilter filter;
        private SearchFilter.Prepared prepared;

        PropertyCheck(ObjectType type, SearchFilter filter) {
            this.type = type;
            this.filter = filter;
        }

        @Override
        public boolean test(HubSpotRecord record) {
            if (prepared == null) {
                String name = filter.propertyName();
                PropertyDefinition definition = portal.properties().find(type, name).orElseThrow(() ->
                        ApiException.badRequest("Cannot filter on " + name + ": " + type.pathName()
                                + " has no such property"));
                prepared = filter.on(definition);
            }
            return prepared.matches(record.properties().get(filter.propertyName()));
        }
    }

    private boolean matchesAssociation(HubSpotRecord record, SearchFilter filter) {
        ObjectType toType = ObjectType.fromPath(filter.propertyName().substring(ASSOCIATION_PREFIX.length()));
        List<Long> associated = List.copyOf(portal.associations()
                .associated(new AssociationStore.End(record.type(), record.id()), toType).keySet());
        PropertyDefinition idDefinition = portal.properties().find(toType, "hs_object_id").orElseThrow();
        return associated.stream().anyMatch(id ->
                filter.matches(Optional.of(String.valueOf(id)), idDefinition));
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

    /**
     * The first {@code count} matches in the sort's order (records without the property last, ties by id). Each
     * record's value is read once, and only {@code count} records are kept in order: a poll that matched 100,000
     * contacts sorted all of them, parsing two values per comparison, to answer with 200.
     */
    private List<HubSpotRecord> firstInOrder(ObjectType type, SearchQuery.Sort sort, List<HubSpotRecord> matches,
                                             int count) {
        PropertyDefinition definition = portal.properties().find(type, sort.propertyName()).orElseThrow(() ->
                ApiException.badRequest("Cannot sort on " + sort.propertyName() + ": " + type.pathName()
                        + " has no such property"));
        Comparator<SortKeyed> order = SortKeyed.order(sort.descending());
        PriorityQueue<SortKeyed> firstSoFar = new PriorityQueue<>(Math.max(1, count), order.reversed());
        for (HubSpotRecord record : matches) {
            SortKeyed keyed = new SortKeyed(record,
                    record.property(definition.name()).map(v -> SearchFilter.sortKey(v, definition)).orElse(null));
            if (firstSoFar.size() < count) {
                firstSoFar.add(keyed);
            } else if (count > 0 && order.compare(keyed, firstSoFar.peek()) < 0) {
                firstSoFar.poll();
                firstSoFar.add(keyed);
            }
        }
        return firstSoFar.stream().sorted(order).map(SortKeyed::record).toList();
    }

    /** A record with the value it is sorted by; {@code key} is null when the record lacks the property. */
    private record SortKeyed(HubSpotRecord record, Comparable<?> key) {

        static Comparator<SortKeyed> order(boolean descending) {
            Comparator<SortKeyed> byValue = (a, b) -> SearchFilter.compareKeys(a.key, b.key);
            Comparator<SortKeyed> ordered = descending ? byValue.reversed() : byValue;
            Comparator<SortKeyed> missingLast = (a, b) -> {
                if (a.key != null && b.key != null) {
                    return ordered.compare(a, b);
                }
                return (a.key == null) == (b.key == null) ? 0 : a.key != null ? -1 : 1;
            };
            return missingLast.thenComparingLong(k -> k.record.id());
        }
    }
}
