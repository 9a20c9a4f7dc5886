package io.leadbridge.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The emulated portal's state and write rules: records with counter ids, the contact email index, properties,
 * owners and associations. Every method holds the portal's monitor, so compound operations (a batch) run
 * atomically through {@link #atomically}.
 */
final class Portal {

    /** An association given inline on create: the target's id and the type ids (the target type follows). */
    record InlineAssociation(long toId, List<Integer> typeIds) {
    }

    /** A create checked against the store, ready to commit. */
    record PreparedCreate(ObjectType type, Map<String, String> properties, List<InlineAssociation> associations) {
    }

    private static final String EMAIL = "email";
    private static final String MERGED_OBJECT_IDS = "hs_merged_object_ids";

    private final Clock clock;
    private final SearchIndex searchIndex;
    private final Map<ObjectType, Map<Long, HubSpotRecord>> records = new EnumMap<>(ObjectType.class);
    private final Map<String, Long> contactsByEmail = new HashMap<>();
    private final PropertyCatalog catalog = new PropertyCatalog();
    private final OwnerDirectory owners = new OwnerDirectory();
    private final AssociationStore associations = new AssociationStore();
    private final PropertyValues values = new PropertyValues(catalog, owners);
    private volatile ChangeListener listener = ChangeListener.NONE;
    private long nextId = 1001;

    Portal(Clock clock) {
        this(clock, new SearchIndex(Duration.ZERO, 0L));
    }

    /** @param searchIndex what the search finds, possibly behind the stored records */
    Portal(Clock clock, SearchIndex searchIndex) {
        this.clock = clock;
        this.searchIndex = searchIndex;
        for (ObjectType type : ObjectType.values()) {
            records.put(type, new LinkedHashMap<>());
        }
    }

    void listen(ChangeListener changeListener) {
        this.listener = changeListener;
    }

    synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    Instant now() {
        return clock.instant();
    }

    synchronized PropertyCatalog properties() {
        return catalog;
    }

    synchronized OwnerDirectory owners() {
        return owners;
    }

    synchronized AssociationStore associations() {
        return associations;
    }

    synchronized HubSpotRecord create(ObjectType type, Map<String, String> properties,
                                      List<InlineAssociation> inline, ChangeOrigin origin) {
        return commit(prepareCreate(type, properties, inline, Set.of()), origin);
    }

    /**
     * Checks a create without storing it.
     *
     * @param batchEmails lower-case emails taken by earlier inputs of the same batch
     */
    synchronized PreparedCreate prepareCreate(ObjectType type, Map<String, String> properties,
                                              List<InlineAssociation> inline, Set<String> batchEmails) {
        Map<String, String> normalised = new LinkedHashMap<>(values.normalise(type, properties));
        if (type == ObjectType.CONTACTS) {
            requireIdentity(normalised);
            String email = normalised.getOrDefault(EMAIL, "");
            if (!email.isEmpty()) {
                Optional<Long> existing = Optional.ofNullable(contactsByEmail.get(key(email)));
                if (existing.isPresent()) {
                    throw ApiException.conflict("Contact already exists. Existing ID: " + existing.get(),
                            Map.of("existingId", List.of(String.valueOf(existing.get()))));
                }
                if (batchEmails.contains(key(email))) {
                    throw ApiException.badRequest("Duplicate email in batch input: " + email);
                }
            }
        }
        requireUniqueValues(type, normalised, -1);
        if (type == ObjectType.MEETINGS && !normalised.containsKey("hs_timestamp")
                && normalised.containsKey("hs_meeting_start_time")) {
            normalised.put("hs_timestamp", normalised.get("hs_meeting_start_time"));
        }
        if (type.isActivity() && normalised.getOrDefault("hs_timestamp", "").isEmpty()) {
            throw ApiException.invalidProperties(List.of(new ApiException.Detail(
                    "Property \"hs_timestamp\" is required", "REQUIRED_PROPERTY", "hs_timestamp")));
        }
        for (InlineAssociation association : inline) {
            for (int typeId : association.typeIds()) {
                AssociationTypes.Type assocType = AssociationTypes.byId(type, typeId).orElseThrow(() ->
                        ApiException.badRequest("associationTypeId " + typeId + " is not defined for "
                                + type.pathName()));
                find(assocType.to(), association.toId()).orElseThrow(() -> ApiException.badRequest(
                        "Associated " + assocType.to().singular() + " " + association.toId() + " does not exist"));
            }
        }
        return new PreparedCreate(type, normalised, inline);
    }

    synchronized HubSpotRecord commit(PreparedCreate prepared, ChangeOrigin origin) {
        ObjectType type = prepared.type();
        long id = nextId++;
        Instant now = clock.instant();
        Map<String, String> stored = new LinkedHashMap<>(prepared.properties());
        stored.put("hs_object_id", String.valueOf(id));
        stored.putIfAbsent(type.createdProperty(), Times.format(now));
        type.modificationProperties().forEach(name -> stored.put(name, Times.format(now)));
        HubSpotRecord record = new HubSpotRecord(type, id, stored, now, now, false, null);
        store(record);
        record.property(EMAIL).filter(e -> type == ObjectType.CONTACTS)
                .ifPresent(email -> contactsByEmail.put(key(email), id));
        for (InlineAssociation association : prepared.associations()) {
            for (int typeId : association.typeIds()) {
                AssociationTypes.Type assocType = AssociationTypes.byId(type, typeId).orElseThrow();
                associations.add(new AssociationStore.End(type, id),
                        new AssociationStore.End(assocType.to(), association.toId()), assocType);
            }
        }
        listener.created(record, origin);
        prepared.properties().forEach((name, value) -> {
            if (!value.isEmpty()) {
                listener.propertyChanged(record, name, value, origin);
            }
        });
        return record;
    }

    /** Updates a live record; a backward lifecycle stage is dropped, unchanged values raise no event. */
    synchronized HubSpotRecord update(ObjectType type, long id, Map<String, String> properties, ChangeOrigin origin) {
        HubSpotRecord current = find(type, id).orElseThrow(() -> notFound(type, id));
        Map<String, String> write = values.normalise(type, properties);
        Optional<PropertyDefinition> stage = catalog.find(type, LifecycleStages.PROPERTY);
        if (stage.isPresent()) {
            write = LifecycleStages.dropBackwardMove(stage.get(), current.property(LifecycleStages.PROPERTY), write);
        }
        requireFreeIdentifiers(type, id, write);
        Map<String, String> changed = new LinkedHashMap<>();
        write.forEach((name, value) -> {
            if (!value.equals(current.properties().getOrDefault(name, ""))) {
                changed.put(name, value);
            }
        });
        if (changed.isEmpty()) {
            return current;
        }
        Instant now = clock.instant();
        Map<String, String> merged = new LinkedHashMap<>(current.properties());
        changed.forEach((name, value) -> {
            if (value.isEmpty()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        type.modificationProperties().forEach(name -> merged.put(name, Times.format(now)));
        HubSpotRecord updated = current.withProperties(merged, now);
        store(updated);
        if (type == ObjectType.CONTACTS && changed.containsKey(EMAIL)) {
            current.property(EMAIL).ifPresent(old -> contactsByEmail.remove(key(old)));
            updated.property(EMAIL).ifPresent(email -> contactsByEmail.put(key(email), id));
        }
        changed.forEach((name, value) -> listener.propertyChanged(updated, name, value, origin));
        return updated;
    }

    /**
     * Checks a write without applying it, so that a batch can refuse all its inputs when one is invalid.
     *
     * @param existingId the record an update targets; empty for a create
     */
    synchronized void checkWrite(ObjectType type, Optional<Long> existingId, Map<String, String> properties) {
        if (existingId.isEmpty()) {
            prepareCreate(type, properties, List.of(), Set.of());
        } else {
            requireFreeIdentifiers(type, existingId.get(), values.normalise(type, properties));
        }
    }

    private void requireFreeIdentifiers(ObjectType type, long id, Map<String, String> write) {
        String newEmail = write.get(EMAIL);
        if (type == ObjectType.CONTACTS && newEmail != null && !newEmail.isEmpty()) {
            Long holder = contactsByEmail.get(key(newEmail));
            if (holder != null && holder != id) {
                throw ApiException.conflict("Contact already exists. Existing ID: " + holder,
                        Map.of("existingId", List.of(String.valueOf(holder))));
            }
        }
        requireUniqueValues(type, write, id);
    }

    /** Archives a record if it is live; archiving a missing record does nothing, as on HubSpot. */
    synchronized void archive(ObjectType type, long id) {
        archiveQuietly(type, id).ifPresent(listener::archived);
    }

    /** Archives a live record without a deletion event (a merged-away contact is reported by the merge event). */
    private Optional<HubSpotRecord> archiveQuietly(ObjectType type, long id) {
        return find(type, id).map(record -> {
            HubSpotRecord archived = record.archive(clock.instant());
            store(archived);
            record.property(EMAIL).filter(e -> type == ObjectType.CONTACTS)
                    .ifPresent(email -> contactsByEmail.remove(key(email)));
            associations.removeRecord(new AssociationStore.End(type, id));
            return archived;
        });
    }

    /**
     * Merges the live contact {@code mergedId} into the live contact {@code primaryId}, as HubSpot's merge does:
     * the primary keeps its id and its values, takes the merged contact's values where its own are blank, and lists
     * the merged contact (and whatever had been merged into that one) in {@code hs_merged_object_ids}; the merged
     * contact is archived. Associations of the merged contact are dropped (HubSpot moves them to the primary).
     */
    synchronized HubSpotRecord merge(ObjectType type, long primaryId, long mergedId, ChangeOrigin origin) {
        if (type != ObjectType.CONTACTS) {
            throw ApiException.badRequest("this emulator merges contacts only, not " + type.pathName());
        }
        if (primaryId == mergedId) {
            throw ApiException.badRequest("a contact cannot be merged into itself");
        }
        HubSpotRecord primary = find(type, primaryId).orElseThrow(() -> notFound(type, primaryId));
        HubSpotRecord merged = find(type, mergedId).orElseThrow(() -> notFound(type, mergedId));
        archiveQuietly(type, mergedId);
        Map<String, String> blanksFilled = new LinkedHashMap<>();
        merged.properties().forEach((name, value) -> {
            if (catalog.find(type, name).filter(d -> !d.readOnlyValue()).isPresent() && !value.isEmpty()
                    && primary.property(name).isEmpty()) {
                blanksFilled.put(name, value);
            }
        });
        HubSpotRecord filled = blanksFilled.isEmpty() ? primary : update(type, primaryId, blanksFilled, origin);
        Set<String> mergedIds = new LinkedHashSet<>();
        filled.property(MERGED_OBJECT_IDS).ifPresent(ids -> mergedIds.addAll(List.of(ids.split(";"))));
        mergedIds.add(String.valueOf(mergedId));
        merged.property(MERGED_OBJECT_IDS).ifPresent(ids -> mergedIds.addAll(List.of(ids.split(";"))));
        Instant now = clock.instant();
        Map<String, String> properties = new LinkedHashMap<>(filled.properties());
        properties.put(MERGED_OBJECT_IDS, String.join(";", mergedIds));
        type.modificationProperties().forEach(name -> properties.put(name, Times.format(now)));
        HubSpotRecord result = filled.withProperties(properties, now);
        store(result);
        listener.merged(result, mergedId, origin);
        return result;
    }

    /** A live (not archived) record. */
    synchronized Optional<HubSpotRecord> find(ObjectType type, long id) {
        return Optional.ofNullable(records.get(type).get(id)).filter(r -> !r.archived());
    }

    /** Any record, archived or not. */
    synchronized Optional<HubSpotRecord> findIncludingArchived(ObjectType type, long id) {
        return Optional.ofNullable(records.get(type).get(id));
    }

    /** A live record by {@code hs_object_id}, {@code email} (contacts) or a property with unique values. */
    synchronized Optional<HubSpotRecord> findBy(ObjectType type, String idProperty, String value) {
        if (idProperty == null || "hs_object_id".equals(idProperty)) {
            return parseId(value).flatMap(id -> find(type, id));
        }
        if (type == ObjectType.CONTACTS && EMAIL.equals(idProperty)) {
            return Optional.ofNullable(contactsByEmail.get(key(value))).flatMap(id -> find(type, id));
        }
        PropertyDefinition definition = catalog.find(type, idProperty).filter(PropertyDefinition::hasUniqueValue)
                .orElseThrow(() -> ApiException.badRequest("Property " + idProperty + " of " + type.pathName()
                        + " does not have unique values and cannot be used as idProperty"));
        return live(type).stream().filter(r -> value.equals(r.properties().get(definition.name()))).findFirst();
    }

    /** The live records of a type the search finds now (HubSpot's search lags behind writes), oldest first. */
    synchronized List<HubSpotRecord> searchable(ObjectType type) {
        return searchIndex.searchable(type, clock.instant());
    }

    /**
     * The live records of a type the search finds now whose {@link ObjectType#lastModifiedProperty()} is at or
     * after {@code fromMillis}, in the order of that time, ties by id.
     */
    synchronized List<HubSpotRecord> searchableModifiedFrom(ObjectType type, long fromMillis) {
        return searchIndex.searchableModifiedFrom(type, fromMillis, clock.instant());
    }

    private void store(HubSpotRecord version) {
        records.get(version.type()).put(version.id(), version);
        searchIndex.stored(version, clock.instant());
    }

    /** The live records of a type, oldest first. */
    synchronized List<HubSpotRecord> live(ObjectType type) {
        return records.get(type).values().stream().filter(r -> !r.archived()).toList();
    }

    synchronized List<HubSpotRecord> all(ObjectType type) {
        return new ArrayList<>(records.get(type).values());
    }

    static ApiException notFound(ObjectType type, Object id) {
        return ApiException.notFound("resource not found: " + type.messageName() + " " + id + " does not exist");
    }

    static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private void requireIdentity(Map<String, String> properties) {
        boolean identified = List.of(EMAIL, "firstname", "lastname").stream()
                .anyMatch(p -> !properties.getOrDefault(p, "").isEmpty());
        if (!identified) {
            throw ApiException.badRequest("A contact needs at least one of email, firstname or lastname");
        }
    }

    private void requireUniqueValues(ObjectType type, Map<String, String> write, long selfId) {
        write.forEach((name, value) -> {
            boolean unique = catalog.find(type, name).map(PropertyDefinition::hasUniqueValue).orElse(false);
            if (unique && !value.isEmpty()) {
                live(type).stream().filter(r -> r.id() != selfId && value.equals(r.properties().get(name)))
                        .findFirst().ifPresent(r -> {
                            throw ApiException.conflict("A " + type.singular() + " with " + name + " " + value
                                    + " already exists. Existing ID: " + r.id(),
                                    Map.of("existingId", List.of(String.valueOf(r.id()))));
                        });
            }
        });
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
