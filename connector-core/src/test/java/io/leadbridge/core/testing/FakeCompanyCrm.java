package io.leadbridge.core.testing;

import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.company.AccountLookup;
import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyChangePage;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanySink;
import io.leadbridge.core.company.CompanySource;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.sync.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One CRM's company records in memory, as source, sink and domain lookup at once: every user edit and every write
 * moves the record's modification time to the CRM clock's now, as a real CRM does; writes are counted, and a test
 * may make the next writes fail ({@link #failNextWrite}) or lose the answers of the next calls after the CRM stored
 * their writes ({@link #loseAnswersOfNextCalls}). Thread-safe.
 */
public final class FakeCompanyCrm implements CompanySource, CompanySink, AccountLookup {

    private final CrmSystem system;
    private final String objectType;
    private final Clock clock;
    private final Map<String, Stored> records = new LinkedHashMap<>();
    private final Deque<SyncFailure> failNextWrites = new ArrayDeque<>();
    private int nextId = 1;
    private int writes;
    private int lostAnswersLeft;
    private SyncFailure lostAnswer;
    private String defaultOwner;

    public FakeCompanyCrm(CrmSystem system, String objectType, Clock clock) {
        this.system = Objects.requireNonNull(system, "system");
        this.objectType = Objects.requireNonNull(objectType, "objectType");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Stored(Company company, Instant modifiedAt) {
    }

    /** Gives every record Leadbridge creates this owner when the write names none, as Salesforce does. */
    public synchronized void fillsInOwnerOnCreate(String ownerEmail) {
        this.defaultOwner = Objects.requireNonNull(ownerEmail, "ownerEmail");
    }

    /** A user creates a record; returns its ref. */
    public synchronized ExternalRef userCreates(Company company) {
        String id = String.valueOf(nextId++);
        records.put(id, new Stored(company, clock.instant()));
        return ref(id);
    }

    /** A user edits fields of a record ({@code ""} clears one). */
    public synchronized void userEdits(ExternalRef ref, Map<CompanyField, String> changes) {
        apply(ref.id(), changes);
    }

    public synchronized Company company(ExternalRef ref) {
        return records.get(ref.id()).company();
    }

    public synchronized int count() {
        return records.size();
    }

    /** Calls of {@link #write} that reached the CRM, failed or not. */
    public synchronized int writes() {
        return writes;
    }

    /** The next record writes fail with {@code failure}, one per write. */
    public synchronized void failNextWrite(SyncFailure failure) {
        failNextWrites.add(failure);
    }

    /**
     * The next {@code calls} calls of {@link #write} are applied, but their answers are lost: each throws a
     * {@link SyncFailureException} with {@code failure} after the CRM stored its writes, as a timeout after the
     * CRM committed, or a process killed before it read the answer.
     */
    public synchronized void loseAnswersOfNextCalls(int calls, SyncFailure failure) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        this.lostAnswersLeft = calls;
        this.lostAnswer = Objects.requireNonNull(failure, "failure");
    }

    @Override
    public CrmSystem system() {
        return system;
    }

    @Override
    public StreamId stream() {
        return new StreamId(system, objectType.toLowerCase(java.util.Locale.ROOT) + "s");
    }

    @Override
    public synchronized CompanyChangePage readChanges(Watermark since, int max) {
        List<CompanyChange> changes = records.entrySet().stream()
                .map(e -> new CompanyChange(ref(e.getKey()), e.getValue().modifiedAt(), e.getValue().company(),
                        new Watermark(e.getValue().modifiedAt(), e.getKey())))
                .filter(c -> c.position().isAfter(since))
                .sorted(Comparator.comparing(CompanyChange::position)).limit(max).toList();
        return new CompanyChangePage(changes, changes.isEmpty() ? since : changes.get(changes.size() - 1).position(),
                changes.size() == max);
    }

    @Override
    public int maxBatchSize() {
        return 100;
    }

    @Override
    public synchronized List<WriteResult> write(List<CompanyWrite> batch) {
        writes++;
        List<WriteResult> results = new ArrayList<>();
        for (CompanyWrite write : batch) {
            if (!failNextWrites.isEmpty()) {
                results.add(new WriteResult.Failed(failNextWrites.poll()));
            } else if (write.target().isPresent()) {
                apply(write.target().get().id(), write.changes());
                results.add(new WriteResult.Written(write.target().get(), false));
            } else {
                Map<CompanyField, String> values = new EnumMap<>(write.changes());
                if (defaultOwner != null) {
                    values.putIfAbsent(CompanyField.OWNER_EMAIL, defaultOwner);
                }
                ExternalRef created = userCreates(CompanyField.companyOf(values));
                results.add(new WriteResult.Written(created, true));
            }
        }
        if (lostAnswersLeft > 0) {
            lostAnswersLeft--;
            throw new SyncFailureException(lostAnswer);
        }
        return results;
    }

    @Override
    public synchronized List<AccountCandidate> findByDomain(String normalisedDomain) {
        return records.entrySet().stream()
                .filter(e -> e.getValue().company().domain().filter(normalisedDomain::equals).isPresent())
                .map(e -> new AccountCandidate(ref(e.getKey()), normalisedDomain, e.getValue().modifiedAt()))
                .toList();
    }

    private void apply(String id, Map<CompanyField, String> changes) {
        Map<CompanyField, String> values = new EnumMap<>(CompanyField.class);
        values.putAll(CompanyField.valuesOf(records.get(id).company()));
        values.putAll(changes);
        records.put(id, new Stored(CompanyField.companyOf(values), clock.instant()));
    }

    private ExternalRef ref(String id) {
        return new ExternalRef(system, objectType, id);
    }
}
