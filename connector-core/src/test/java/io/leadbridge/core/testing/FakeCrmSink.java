package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CrmSink} that plays a CRM in memory and records every call.
 *
 * <p>Like the real sinks it upserts on the source record: the first write of a source creates a record (a
 * Salesforce {@code Lead} with an 18-character id {@code 00QFK...}, or a HubSpot {@code contact} with a numeric id
 * from {@code 900000001}; test data should use other ids), later writes
 * of the same source, or writes naming a known target, update it. A named target the CRM does not hold fails
 * with {@code Permanent ENTITY_IS_DELETED}. A value of {@code ""} clears a field.
 *
 * <p>Failures: {@link #failNextCalls} makes whole calls throw {@link SyncFailureException}; {@link #failRecord}
 * makes every write of one source record come back {@link WriteResult.Failed} until {@link #stopFailingRecord};
 * {@link #loseAnswersOfNextCalls} stores the writes of whole calls and then throws.
 * Thread-safe.
 */
public final class FakeCrmSink implements CrmSink, PersonDeleter, PersonMerger {

    private final CrmSystem system;
    private final int maxBatchSize;
    private final String objectType;
    private final List<List<PersonWrite>> calls = new ArrayList<>();
    private final List<PersonWrite> applied = new ArrayList<>();
    private final Map<ExternalRef, ExternalRef> targetBySource = new HashMap<>();
    private final Map<ExternalRef, Map<PersonField, String>> recordsByTarget = new LinkedHashMap<>();
    private final Map<ExternalRef, SyncFailure> failingRecords = new HashMap<>();
    private int callFailuresLeft;
    private SyncFailure callFailure;
    private int lostAnswersLeft;
    private long nextId = 1;

    /** A sink for {@code system} with that vendor's batch size: HubSpot 100, Salesforce 200. */
    public FakeCrmSink(CrmSystem system) {
        this(system, system == CrmSystem.HUBSPOT ? 100 : 200);
    }

    public FakeCrmSink(CrmSystem system, int maxBatchSize) {
        this.system = Objects.requireNonNull(system, "system");
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be positive: " + maxBatchSize);
        }
        this.maxBatchSize = maxBatchSize;
        this.objectType = system == CrmSystem.HUBSPOT ? "contact" : "Lead";
    }

    @Override
    public CrmSystem system() {
        return system;
    }

    @Override
    public int maxBatchSize() {
        return maxBatchSize;
    }

    /** The next {@code calls} calls fail as a whole, throwing a {@link SyncFailureException} with {@code failure}. */
    public synchronized FakeCrmSink failNextCalls(int calls, SyncFailure failure) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        this.callFailuresLeft = calls;
        this.callFailure = Objects.requireNonNull(failure, "failure");
        return this;
    }

    /**
     * The next {@code calls} calls are applied, but their answers are lost: each throws a
     * {@link SyncFailureException} with {@code failure} after the CRM stored its writes, as a timeout after the
     * CRM committed, or a process killed before it read the answer.
     */
    public synchronized FakeCrmSink loseAnswersOfNextCalls(int calls, SyncFailure failure) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        this.lostAnswersLeft = calls;
        this.callFailure = Objects.requireNonNull(failure, "failure");
        return this;
    }

    /** Every write of {@code source} fails with {@code failure}, while the rest of its batch succeeds. */
    public synchronized FakeCrmSink failRecord(ExternalRef source, SyncFailure failure) {
        failingRecords.put(Objects.requireNonNull(source, "source"), Objects.requireNonNull(failure, "failure"));
        return this;
    }

    public synchronized FakeCrmSink stopFailingRecord(ExternalRef source) {
        failingRecords.remove(source);
        return this;
    }

    /** Puts a record into the CRM, as if someone had created it there. */
    public synchronized void seed(ExternalRef target, Map<PersonField, String> fields) {
        if (target.system() != system) {
            throw new IllegalArgumentException(target + " is not a " + system + " record");
        }
        recordsByTarget.put(target, copy(fields));
    }

    /**
     * Puts a record into the CRM that upserts of {@code source} will match, as when an external-id field or a
     * duplicate rule already ties that record to the source.
     */
    public synchronized void seedMatching(ExternalRef source, ExternalRef target, Map<PersonField, String> fields) {
        seed(target, fields);
        targetBySource.put(Objects.requireNonNull(source, "source"), target);
    }

    @Override
    public synchronized List<WriteResult> upsertPeople(List<PersonWrite> writes) {
        Objects.requireNonNull(writes, "writes");
        if (writes.size() > maxBatchSize) {
            throw new IllegalArgumentException(writes.size() + " writes exceed the batch size of " + maxBatchSize);
        }
        writes.forEach(w -> Objects.requireNonNull(w, "write"));
        calls.add(List.copyOf(writes));
        if (callFailuresLeft > 0) {
            callFailuresLeft--;
            throw new SyncFailureException(callFailure);
        }
        List<WriteResult> results = new ArrayList<>(writes.size());
        for (PersonWrite write : writes) {
            results.add(apply(write));
        }
        if (lostAnswersLeft > 0) {
            lostAnswersLeft--;
            throw new SyncFailureException(callFailure);
        }
        return results;
    }

    private WriteResult apply(PersonWrite write) {
        SyncFailure failure = failingRecords.get(write.source());
        if (failure != null) {
            return new WriteResult.Failed(failure);
        }
        ExternalRef target = write.target().orElse(targetBySource.get(write.source()));
        boolean created = false;
        if (target == null) {
            target = new ExternalRef(system, objectType, newId());
            recordsByTarget.put(target, new EnumMap<>(PersonField.class));
            created = true;
        } else if (!recordsByTarget.containsKey(target)) {
            return new WriteResult.Failed(new SyncFailure.Permanent("ENTITY_IS_DELETED",
                    "entity is deleted or does not exist: " + target, "", List.of()));
        }
        Map<PersonField, String> fields = recordsByTarget.get(target);
        write.changes().forEach((field, value) -> {
            if (value.isEmpty()) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        targetBySource.put(write.source(), target);
        applied.add(write);
        return new WriteResult.Written(target, created);
    }

    private String newId() {
        long n = nextId++;
        return system == CrmSystem.SALESFORCE ? String.format("00QFK%013d", n) : Long.toString(900_000_000L + n);
    }

    /** Every call, in order, failed ones included. */
    public synchronized List<List<PersonWrite>> calls() {
        return List.copyOf(calls);
    }

    /** Every write the CRM accepted, in order. */
    public synchronized List<PersonWrite> applied() {
        return List.copyOf(applied);
    }

    /** The writes the CRM accepted for one source record, in order. */
    public synchronized List<PersonWrite> appliedFor(ExternalRef source) {
        return applied.stream().filter(w -> w.source().equals(source)).toList();
    }

    /** The CRM record written for {@code source}, if any. */
    public synchronized Optional<ExternalRef> targetOf(ExternalRef source) {
        return Optional.ofNullable(targetBySource.get(source));
    }

    /** A record's current fields, as the CRM holds them. */
    public synchronized Map<PersonField, String> record(ExternalRef target) {
        Map<PersonField, String> fields = recordsByTarget.get(target);
        if (fields == null) {
            throw new IllegalArgumentException("no record " + target);
        }
        return Collections.unmodifiableMap(copy(fields));
    }

    private static Map<PersonField, String> copy(Map<PersonField, String> fields) {
        Map<PersonField, String> copy = new EnumMap<>(PersonField.class);
        copy.putAll(fields);
        return copy;
    }

    /**
     * Deletes the record; one that is already gone is a no-op, as the port requires. A delete is a call:
     * {@link #failNextCalls} fails it too.
     */
    @Override
    public synchronized void delete(ExternalRef record) {
        if (callFailuresLeft > 0) {
            callFailuresLeft--;
            throw new SyncFailureException(callFailure);
        }
        recordsByTarget.remove(record);
        targetBySource.values().removeIf(record::equals);
    }

    /** Merges {@code loser} into {@code survivor}: the loser's record goes, as with {@link #delete}. */
    @Override
    public synchronized void merge(ExternalRef survivor, ExternalRef loser) {
        if (!recordsByTarget.containsKey(survivor)) {
            throw new IllegalArgumentException("no record " + survivor + " to merge into");
        }
        delete(loser);
    }

    public synchronized int recordCount() {
        return recordsByTarget.size();
    }
}
