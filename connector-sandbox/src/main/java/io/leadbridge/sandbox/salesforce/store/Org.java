package io.leadbridge.sandbox.salesforce.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The emulated org's records, in memory. Every operation takes the org's lock, so concurrent calls see each other
 * whole. Writes validate each record (see {@link RecordValidator}), stamp {@code CreatedDate},
 * {@code LastModifiedDate} and {@code SystemModstamp} from the clock, keep deletions in a recycle bin for
 * {@code getDeleted}, and report each created or updated record to the change listeners after the lock is left.
 */
public final class Org {

    /** How far back {@code getUpdated}/{@code getDeleted} may look. */
    public static final Duration REPLICATION_WINDOW = Duration.ofDays(30);
    /** The most records one create, update, upsert or delete call may carry. */
    public static final int MAX_RECORDS_PER_CALL = 200;

    private final StandardObjects schema;
    private final Clock clock;
    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private final FieldValueIndex valueIndex = new FieldValueIndex();
    private final FieldTimeIndex timeIndex = new FieldTimeIndex();
    /** The deleted records, in the order they were deleted: what {@code getDeleted} reads. */
    private final List<StoredRecord> recycleBin = new ArrayList<>();
    /** Live records per object, for {@link #count} without reading them. */
    private final Map<ObjectSchema, Integer> liveCounts = new HashMap<>();
    private long created;
    private final RecordValidator validator;
    private final List<Consumer<List<RecordChange>>> listeners = new CopyOnWriteArrayList<>();
    private final String integrationUserId;

    public Org(StandardObjects schema, Clock clock, List<LeadStatusValue> leadStatuses) {
        this.schema = schema;
        this.validator = new RecordValidator(this::lookup, schema);
        this.clock = clock;
        this.integrationUserId = insertTrusted("User", Map.of("Username", "integration@sandbox.leadbridge.invalid",
                "FirstName", "Integration", "LastName", "User", "Name", "Integration User",
                "Email", "integration@sandbox.leadbridge.invalid", "Alias", "integ", "IsActive", "true"));
        for (int i = 0; i < leadStatuses.size(); i++) {
            LeadStatusValue status = leadStatuses.get(i);
            insertTrusted("LeadStatus", Map.of("ApiName", status.value(), "MasterLabel", status.value(),
                    "IsConverted", String.valueOf(status.converted()), "IsDefault", String.valueOf(status.isDefault()),
                    "SortOrder", String.valueOf(i + 1)));
        }
    }

    public StandardObjects schema() {
        return schema;
    }

    public Clock clock() {
        return clock;
    }

    /** The User every API session acts as; owner of records created without an {@code OwnerId}. */
    public String integrationUserId() {
        return integrationUserId;
    }

    /** Registers a listener told, after each call, about the records it created or updated (never empty). */
    public void addChangeListener(Consumer<List<RecordChange>> listener) {
        listeners.add(listener);
    }

    public List<SaveOutcome> create(List<RecordInput> inputs, String userId) {
        return writeEach(inputs, (input, changes) -> insert(writableSchema(input.type()), input, userId, changes));
    }

    public List<SaveOutcome> update(List<RecordInput> inputs, String userId) {
        return writeEach(inputs, (input, changes) -> modify(writableSchema(input.type()), input, userId, changes));
    }

    /**
     * Inserts or updates each record by the value of {@code externalIdField} ({@code Id} matches by record id).
     *
     * @throws ApiError {@code INVALID_FIELD} when the field is not an external id of the records' type
     */
    public List<SaveOutcome> upsert(String externalIdField, List<RecordInput> inputs, String userId) {
        return writeEach(inputs, (input, changes) -> {
            ObjectSchema type = writableSchema(input.type());
            return upsertOne(type, upsertKey(type, externalIdField), input, userId, changes);
        });
    }

    public List<SaveOutcome> delete(List<String> idList) {
        checkBatch(idList.size());
        List<SaveOutcome> outcomes = new ArrayList<>();
        synchronized (this) {
            Instant now = now();
            for (String raw : idList) {
                Optional<String> id = SalesforceIds.normalise(raw);
                Optional<StoredRecord> record = id.flatMap(this::lookup);
                if (id.isEmpty()) {
                    outcomes.add(SaveOutcome.failed(List.of(RecordError.of("MALFORMED_ID", "bad id " + raw))));
                } else if (record.isEmpty() || !record.get().schema().createable()) {
                    outcomes.add(SaveOutcome.failed(List.of(RecordError.of("INVALID_CROSS_REFERENCE_KEY",
                            "invalid cross reference id"))));
                } else if (record.get().deleted()) {
                    outcomes.add(SaveOutcome.failed(List.of(RecordError.of("ENTITY_IS_DELETED", "entity is deleted"))));
                } else {
                    moveToRecycleBin(record.get(), now);
                    stamp(record.get(), now, integrationUserId);
                    outcomes.add(SaveOutcome.saved(id.get(), false));
                }
            }
        }
        return outcomes;
    }

    /**
     * Merges up to two records into {@code masterId}, as the partner {@code merge()} call does with no field values
     * given: the master keeps its values and is stamped as modified; each merged record is deleted with
     * {@code MasterRecordId} set to the master, so {@code getDeleted} lists it and {@code queryAll} shows the master.
     *
     * @throws ApiError {@code ENTITY_IS_DELETED} for a deleted record; {@code INVALID_ID_FIELD} for a missing one,
     *                  records of another type than the master's, or more than three records in all
     */
    public void merge(String masterId, List<String> mergedIds, String userId) {
        List<RecordChange> changes = new ArrayList<>();
        synchronized (this) {
            StoredRecord master = live(masterId);
            if (mergedIds.isEmpty() || mergedIds.size() > 2) {
                throw ApiError.unexpected("INVALID_ID_FIELD",
                        "merge takes one or two records to merge into the master");
            }
            List<StoredRecord> merged = new ArrayList<>();
            for (String id : mergedIds) {
                StoredRecord record = live(id);
                if (record.schema() != master.schema() || record == master) {
                    throw ApiError.unexpected("INVALID_ID_FIELD", "cannot merge " + id + " into " + masterId);
                }
                merged.add(record);
            }
            Instant now = now();
            for (StoredRecord record : merged) {
                record.put("MasterRecordId", master.id());
                moveToRecycleBin(record, now);
                stamp(record, now, userId);
            }
            stamp(master, now, userId);
            changes.add(new RecordChange(master.schema().name(), master.id(), false));
        }
        publish(changes);
    }

    private StoredRecord live(String rawId) {
        StoredRecord record = SalesforceIds.normalise(rawId).flatMap(this::lookup)
                .orElseThrow(() -> ApiError.unexpected("INVALID_ID_FIELD", "no record with id " + rawId));
        if (record.deleted()) {
            throw ApiError.unexpected("ENTITY_IS_DELETED", "entity is deleted: " + rawId);
        }
        return record;
    }

    /** Converts Leads; see {@link LeadConverter}. */
    public List<ConversionOutcome> convert(List<ConversionRequest> requests, String userId) {
        List<RecordChange> changes = new ArrayList<>();
        List<ConversionOutcome> outcomes;
        synchronized (this) {
            LeadConverter converter = new LeadConverter(this, userId, changes);
            outcomes = requests.stream().map(converter::convert).toList();
        }
        publish(changes);
        return outcomes;
    }

    /** Ids of records of {@code type} whose {@code SystemModstamp} falls in the window (seconds dropped). */
    public synchronized ReplicationWindow updated(String type, Instant start, Instant end) {
        ObjectSchema object = readableSchema(type);
        Instant[] window = replicationWindow(start, end);
        List<String> found = records.values().stream()
                .filter(r -> r.schema() == object && !r.deleted())
                .filter(r -> within(WireValues.parseDateTime(r.get("SystemModstamp")).orElseThrow(), window))
                .map(StoredRecord::id).toList();
        return new ReplicationWindow(found, List.of(), earliestAvailable(), window[1]);
    }

    /** Records of {@code type} deleted within the window (seconds dropped). */
    public synchronized ReplicationWindow deleted(String type, Instant start, Instant end) {
        ObjectSchema object = readableSchema(type);
        Instant[] window = replicationWindow(start, end);
        List<DeletedRecord> found = recycleBin.stream()
                .filter(r -> r.schema() == object && within(r.deletedAt(), window))
                .sorted(Comparator.comparingLong(StoredRecord::sequence))
                .map(r -> new DeletedRecord(r.id(), r.deletedAt())).toList();
        return new ReplicationWindow(List.of(), found, earliestAvailable(), window[1]);
    }

    /** Copies of the records of {@code type}, in insertion order; deleted ones only when asked for. */
    public List<Map<String, String>> rows(String type, boolean includeDeleted) {
        return rows(type, includeDeleted, Optional.empty(), row -> true, (a, b) -> 0, Integer.MAX_VALUE);
    }

    /** How many live records of {@code type} there are, without reading them. */
    public synchronized int count(String type) {
        return liveCounts.getOrDefault(readableSchema(type), 0);
    }

    /**
     * A condition every record a query accepts meets, by which the records it may hold are found in an index instead
     * of by reading every record of the org. It only narrows; the query's filter still decides.
     */
    public sealed interface Narrowing {
    }

    /** The record's text {@code field} equals one of {@code values}, ignoring case. */
    public record Equal(String field, List<String> values) implements Narrowing {
    }

    /** The record's date-time {@code field} is at or after {@code from}, as a poll for changes after a watermark asks. */
    public record AtOrAfter(String field, Instant from) implements Narrowing {
    }

    /**
     * Copies of the first {@code limit} records of {@code type} that {@code filter} accepts, sorted by {@code order}
     * (ties in insertion order). Filter and order read each record's current values (a field never set reads
     * {@code null}, as in a copy); only the records returned are copied, so neither a look-up in a 100,000-Lead org
     * nor a poll for the next 200 changes after a watermark copies every record it passes.
     */
    public synchronized List<Map<String, String>> rows(String type, boolean includeDeleted,
                                                       Optional<Narrowing> narrowing,
                                                       Predicate<Map<String, String>> filter,
                                                       Comparator<Map<String, String>> order, int limit) {
        ObjectSchema object = readableSchema(type);
        Stream<StoredRecord> scanned = narrowing.map(n -> holding(object, n)).orElseGet(() -> records.values().stream());
        return scanned.filter(r -> r.schema() == object && (includeDeleted || !r.deleted()))
                .filter(r -> filter.test(r.values())).sorted(Comparator.comparing(StoredRecord::values, order))
                .limit(limit).map(StoredRecord::snapshot).toList();
    }

    /** The records of {@code object} the narrowing may hold, in insertion order. */
    private Stream<StoredRecord> holding(ObjectSchema object, Narrowing narrowing) {
        Stream<StoredRecord> candidates = narrowing instanceof AtOrAfter since
                ? timeIndex.atOrAfter(object, since.field(), since.from(), records.values()).stream()
                : holdingAny(object, (Equal) narrowing);
        return candidates.sorted(Comparator.comparingLong(StoredRecord::sequence));
    }

    private Stream<StoredRecord> holdingAny(ObjectSchema object, Equal equal) {
        return equal.values().stream().flatMap(value ->
                valueIndex.candidates(object, equal.field(), value, records.values()).stream()).distinct();
    }

    private void store(String id, StoredRecord record) {
        records.put(id, record);
        liveCounts.merge(record.schema(), 1, Integer::sum);
    }

    private void moveToRecycleBin(StoredRecord record, Instant now) {
        record.markDeleted(now);
        recycleBin.add(record);
        liveCounts.merge(record.schema(), -1, Integer::sum);
    }

    /** A copy of the record with this 15- or 18-character id, deleted ones included. */
    public synchronized Optional<Map<String, String>> find(String id) {
        return SalesforceIds.normalise(id).flatMap(this::lookup).map(StoredRecord::snapshot);
    }

    // ---- package-private helpers for LeadConverter

    Optional<StoredRecord> lookup(String id18) {
        return Optional.ofNullable(records.get(id18));
    }

    SaveOutcome insert(ObjectSchema type, RecordInput input, String userId, List<RecordChange> changes) {
        RecordValidator.Result checked = validator.validate(type, input, RecordValidator.Mode.CREATE, null);
        List<RecordError> errors = new ArrayList<>(checked.errors());
        errors.addAll(uniqueness(type, checked.changes(), null));
        if (!errors.isEmpty()) {
            return SaveOutcome.failed(errors);
        }
        StoredRecord record = new StoredRecord(type, valueIndex, timeIndex, ++created);
        String id = ids.next(type.keyPrefix());
        record.put("Id", id);
        Instant now = now();
        record.put("CreatedDate", WireValues.dateTime(now));
        record.put("CreatedById", userId);
        record.put("IsDeleted", "false");
        for (FieldSchema field : type.fields()) {
            String value = checked.changes().get(field.name());
            if (value == null && field.defaultValue() != null) {
                value = field.defaultValue().isEmpty() ? userId : field.defaultValue();
            }
            if (value != null) {
                record.put(field.name(), value);
            }
        }
        if (type.field("IsConverted").isPresent()) {
            record.put("IsConverted", "false");
        }
        Derivations.apply(record, now);
        stamp(record, now, userId);
        store(id, record);
        changes.add(new RecordChange(type.name(), id, true));
        return SaveOutcome.saved(id, true);
    }

    SaveOutcome apply(StoredRecord record, RecordInput input, String userId, List<RecordChange> changes) {
        if ("true".equals(record.get("IsConverted"))) {
            return SaveOutcome.failed(List.of(RecordError.of("CANNOT_UPDATE_CONVERTED_LEAD",
                    "cannot reference converted lead")));
        }
        RecordValidator.Result checked = validator.validate(record.schema(), input, RecordValidator.Mode.UPDATE,
                record);
        List<RecordError> errors = new ArrayList<>(checked.errors());
        errors.addAll(uniqueness(record.schema(), checked.changes(), record.id()));
        if (!errors.isEmpty()) {
            return SaveOutcome.failed(errors);
        }
        checked.changes().forEach(record::put);
        Instant now = now();
        Derivations.apply(record, now);
        stamp(record, now, userId);
        changes.add(new RecordChange(record.schema().name(), record.id(), false));
        return SaveOutcome.saved(record.id(), false);
    }

    void stamp(StoredRecord record, Instant now, String userId) {
        record.put("LastModifiedDate", WireValues.dateTime(now));
        record.put("LastModifiedById", userId);
        record.put("SystemModstamp", WireValues.dateTime(now));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    ObjectSchema writableSchema(String type) {
        ObjectSchema object = readableSchema(type);
        if (!object.createable()) {
            throw ApiError.unexpected("INVALID_TYPE", "entity type " + object.name() + " does not support writes");
        }
        return object;
    }

    ObjectSchema readableSchema(String type) {
        return schema.find(type).orElseThrow(() -> ApiError.invalidType(type));
    }

    // ---- internals

    private SaveOutcome modify(ObjectSchema type, RecordInput input, String userId, List<RecordChange> changes) {
        String rawId = input.value("Id");
        if (rawId == null) {
            return SaveOutcome.failed(List.of(RecordError.of("MISSING_ARGUMENT",
                    "Id not specified in an update call")));
        }
        Optional<String> id = SalesforceIds.normalise(rawId).filter(i -> i.startsWith(type.keyPrefix()));
        if (id.isEmpty()) {
            return SaveOutcome.failed(List.of(RecordError.of("MALFORMED_ID", type.label() + " ID: id value of "
                    + "incorrect type: " + rawId, "Id")));
        }
        Optional<StoredRecord> record = lookup(id.get());
        if (record.isEmpty()) {
            return SaveOutcome.failed(List.of(RecordError.of("INVALID_CROSS_REFERENCE_KEY",
                    "invalid cross reference id")));
        }
        if (record.get().deleted()) {
            return SaveOutcome.failed(List.of(RecordError.of("ENTITY_IS_DELETED", "entity is deleted")));
        }
        return apply(record.get(), input, userId, changes);
    }

    private SaveOutcome upsertOne(ObjectSchema type, FieldSchema key, RecordInput input, String userId,
                                  List<RecordChange> changes) {
        String value = input.value(key.name());
        if (value == null || value.isBlank()) {
            return SaveOutcome.failed(List.of(RecordError.of("MISSING_ARGUMENT", key.name() + " not specified",
                    key.name())));
        }
        if (key.type() == FieldType.ID) {
            return modify(type, input, userId, changes);
        }
        Optional<StoredRecord> match = valueIndex.candidates(type, key.name(), value, records.values()).stream()
                .filter(r -> r.schema() == type && !r.deleted() && value.equalsIgnoreCase(r.get(key.name())))
                .min(Comparator.comparingLong(StoredRecord::sequence));
        if (match.isEmpty()) {
            return insert(type, input, userId, changes);
        }
        return apply(match.get(), input, userId, changes);
    }

    private static FieldSchema upsertKey(ObjectSchema type, String externalIdField) {
        return type.field(externalIdField).filter(field -> field.externalId() || field.type() == FieldType.ID)
                .orElseThrow(() -> new ApiError("INVALID_FIELD", ApiError.Kind.INVALID_FIELD, "Field name provided, "
                        + externalIdField + " is not an External ID or indexed field for " + type.name(), 0, 0));
    }

    private List<RecordError> uniqueness(ObjectSchema type, Map<String, String> changes, String ownId) {
        List<RecordError> errors = new ArrayList<>();
        for (FieldSchema field : type.fields()) {
            String value = changes.get(field.name());
            if (!field.unique() || value == null) {
                continue;
            }
            valueIndex.candidates(type, field.name(), value, records.values()).stream()
                    .filter(r -> r.schema() == type && !r.deleted() && !r.id().equals(ownId)
                            && value.equalsIgnoreCase(r.get(field.name())))
                    .min(Comparator.comparingLong(StoredRecord::sequence))
                    .ifPresent(clash -> errors.add(RecordError.of("DUPLICATE_VALUE", "duplicate value found: "
                            + field.name() + " duplicates value on record with id: " + clash.id(), field.name())));
        }
        return errors;
    }

    private String insertTrusted(String type, Map<String, String> values) {
        ObjectSchema object = readableSchema(type);
        StoredRecord record = new StoredRecord(object, valueIndex, timeIndex, ++created);
        String id = ids.next(object.keyPrefix());
        Instant now = now();
        record.put("Id", id);
        record.put("IsDeleted", "false");
        record.put("CreatedDate", WireValues.dateTime(now));
        values.forEach(record::put);
        stamp(record, now, integrationUserId == null ? id : integrationUserId);
        record.put("CreatedById", record.get("LastModifiedById"));
        store(id, record);
        return id;
    }

    private Instant[] replicationWindow(Instant start, Instant end) {
        Instant from = start.truncatedTo(ChronoUnit.MINUTES);
        Instant to = end.truncatedTo(ChronoUnit.MINUTES);
        if (!from.isBefore(to)) {
            throw ApiError.unexpected("INVALID_REPLICATION_DATE", "startDate must chronologically precede endDate");
        }
        if (from.isBefore(now().minus(REPLICATION_WINDOW))) {
            throw ApiError.unexpected("INVALID_REPLICATION_DATE",
                    "startDate cannot be more than 30 days ago: " + WireValues.dateTime(start));
        }
        return new Instant[] {from, to};
    }

    private Instant earliestAvailable() {
        return now().minus(REPLICATION_WINDOW).truncatedTo(ChronoUnit.DAYS);
    }

    private static boolean within(Instant at, Instant[] window) {
        return !at.isBefore(window[0]) && at.isBefore(window[1]);
    }

    private interface WriteStep {
        SaveOutcome write(RecordInput input, List<RecordChange> changes);
    }

    private List<SaveOutcome> writeEach(List<RecordInput> inputs, WriteStep step) {
        checkBatch(inputs.size());
        List<RecordChange> changes = new ArrayList<>();
        List<SaveOutcome> outcomes = new ArrayList<>();
        try {
            synchronized (this) {
                for (RecordInput input : inputs) {
                    outcomes.add(step.write(input, changes));
                }
            }
        } finally {
            publish(changes);
        }
        return outcomes;
    }

    private static void checkBatch(int size) {
        if (size > MAX_RECORDS_PER_CALL) {
            throw ApiError.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
                    + MAX_RECORDS_PER_CALL + " records into this call");
        }
    }

    private void publish(List<RecordChange> changes) {
        if (!changes.isEmpty()) {
            List<RecordChange> copy = List.copyOf(changes);
            listeners.forEach(listener -> listener.accept(copy));
        }
    }
}
