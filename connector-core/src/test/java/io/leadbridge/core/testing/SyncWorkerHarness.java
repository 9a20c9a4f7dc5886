package io.leadbridge.core.testing;

import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.engine.DeleteHandling;
import io.leadbridge.core.engine.SyncWorker;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.sync.DeletePolicy;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.MergePolicy;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@link SyncWorker} wired to in-memory fakes of every port, with the {@link FieldMappingsFixture#standard()
 * standard} mappings, a {@link MutableClock} and a lease of {@link #LEASE}. Build one per test.
 */
public final class SyncWorkerHarness {

    public static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryChangeInbox inbox = new InMemoryChangeInbox(clock);
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryAppliedVersionStore applied = new InMemoryAppliedVersionStore();
    private final InMemoryErrorQueue errors = new InMemoryErrorQueue(clock);
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryRecordLocks locks = new InMemoryRecordLocks();
    private final InMemoryPersonSnapshotStore snapshots = new InMemoryPersonSnapshotStore();
    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryPeopleLookup hubspotPeople = new InMemoryPeopleLookup(CrmSystem.HUBSPOT);
    private final InMemoryPeopleLookup salesforcePeople = new InMemoryPeopleLookup(CrmSystem.SALESFORCE);
    private final FakeCrmSink salesforce;
    private final FakeCrmSink hubspot;
    private final SyncWorker worker;

    private SyncWorkerHarness(RetryPolicy retryPolicy, FieldMappings mappings, int batchSize) {
        this(retryPolicy, mappings, batchSize, false, DeletePolicy.IGNORE);
    }

    private SyncWorkerHarness(RetryPolicy retryPolicy, FieldMappings mappings, int batchSize, boolean twoWay,
                              DeletePolicy deletes) {
        this(retryPolicy, mappings, batchSize, twoWay, deletes, SettledChangeListener.NONE);
    }

    private SyncWorkerHarness(RetryPolicy retryPolicy, FieldMappings mappings, int batchSize, boolean twoWay,
                              DeletePolicy deletes, SettledChangeListener afterSettle) {
        this(retryPolicy, mappings, batchSize, twoWay, deletes, afterSettle, PersonOwners.NONE, MergePolicy.REPORT);
    }

    private SyncWorkerHarness(RetryPolicy retryPolicy, FieldMappings mappings, int batchSize, boolean twoWay,
                              DeletePolicy deletes, SettledChangeListener afterSettle, PersonOwners owners,
                              MergePolicy merges) {
        this.salesforce = new FakeCrmSink(CrmSystem.SALESFORCE, batchSize > 0 ? batchSize : 200);
        this.hubspot = new FakeCrmSink(CrmSystem.HUBSPOT, batchSize > 0 ? batchSize : 100);
        List<CrmSink> sinks = List.of(salesforce, hubspot);
        this.worker = twoWay
                ? new SyncWorker(inbox, ids, applied, errors, watermarks, locks, sinks,
                        new IdentityResolver(ids, List.of(hubspotPeople, salesforcePeople)),
                        new TwoWayChangePlanner(new TwoWayFieldPlanner(mappings, CrmSystem.HUBSPOT), snapshots,
                                ownWrites), audit,
                        new DeleteHandling(ids, deletes, List.of(salesforce, hubspot), audit, merges,
                                List.of(salesforce, hubspot)), retryPolicy, clock,
                        LEASE, afterSettle, owners)
                : new SyncWorker(inbox, ids, applied, errors, watermarks, locks, sinks,
                        new OneWayFieldPlanner(mappings), retryPolicy, clock, LEASE);
    }

    /**
     * Two-way planning with the standard mappings (ties go to HubSpot), in-memory snapshots and own writes, and
     * people lookups that find nobody until a test {@link InMemoryPeopleLookup#add adds} someone.
     */
    public static SyncWorkerHarness twoWay() {
        return twoWay(DeletePolicy.IGNORE);
    }

    /** Two-way, with the given ownership table. */
    public static SyncWorkerHarness twoWay(FieldMappings mappings) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, Objects.requireNonNull(mappings, "mappings"), 0, true,
                DeletePolicy.IGNORE);
    }

    /** Two-way, with the given table and people's owners translated through {@code owners}. */
    public static SyncWorkerHarness twoWay(FieldMappings mappings, PersonOwners owners) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, Objects.requireNonNull(mappings, "mappings"), 0, true,
                DeletePolicy.IGNORE, SettledChangeListener.NONE, owners, MergePolicy.REPORT);
    }

    /** {@link #twoWay()} with deletes handled by {@code deletes}; the fake sinks delete propagated records. */
    public static SyncWorkerHarness twoWay(DeletePolicy deletes) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, FieldMappingsFixture.standard(), 0, true, deletes);
    }

    /** {@link #twoWay(DeletePolicy)} with merges of two linked people handled by {@code merges}. */
    public static SyncWorkerHarness twoWay(DeletePolicy deletes, MergePolicy merges) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, FieldMappingsFixture.standard(), 0, true, deletes,
                SettledChangeListener.NONE, PersonOwners.NONE, merges);
    }

    /** {@link #twoWay()} with a step run after each settled change. */
    public static SyncWorkerHarness twoWay(SettledChangeListener afterSettle) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, FieldMappingsFixture.standard(), 0, true, DeletePolicy.IGNORE,
                afterSettle);
    }

    /** Standard mappings, {@link RetryPolicy#DEFAULT}, the vendors' batch sizes. */
    public static SyncWorkerHarness standard() {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, FieldMappingsFixture.standard(), 0);
    }

    public static SyncWorkerHarness withRetryPolicy(RetryPolicy retryPolicy) {
        return new SyncWorkerHarness(Objects.requireNonNull(retryPolicy, "retryPolicy"),
                FieldMappingsFixture.standard(), 0);
    }

    /** Both sinks accept at most {@code batchSize} writes per call. */
    public static SyncWorkerHarness withBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, FieldMappingsFixture.standard(), batchSize);
    }

    public static SyncWorkerHarness withMappings(FieldMappings mappings) {
        return new SyncWorkerHarness(RetryPolicy.DEFAULT, Objects.requireNonNull(mappings, "mappings"), 0);
    }

    public SyncWorker worker() {
        return worker;
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryChangeInbox inbox() {
        return inbox;
    }

    public InMemoryIdMappingStore ids() {
        return ids;
    }

    public InMemoryAppliedVersionStore applied() {
        return applied;
    }

    public InMemoryErrorQueue errors() {
        return errors;
    }

    public InMemoryWatermarkStore watermarks() {
        return watermarks;
    }

    public InMemoryRecordLocks locks() {
        return locks;
    }

    public FakeCrmSink salesforce() {
        return salesforce;
    }

    public FakeCrmSink hubspot() {
        return hubspot;
    }

    public InMemoryPersonSnapshotStore snapshots() {
        return snapshots;
    }

    public InMemoryOwnWriteStore ownWrites() {
        return ownWrites;
    }

    /** The audit trail the two-way worker records settled writes in. */
    public InMemoryAuditTrail audit() {
        return audit;
    }

    /** The people lookup of {@code system}, used by two-way identity resolution. */
    public InMemoryPeopleLookup people(CrmSystem system) {
        return system == CrmSystem.HUBSPOT ? hubspotPeople : salesforcePeople;
    }

    /** A HubSpot contact seeded with {@code person}, polled at {@code at} and synced to a new Lead; returns the Lead. */
    public ExternalRef syncToNewLead(ExternalRef contact, Person person, Instant at) {
        hubspot.seed(contact, person.values());
        inbox.append(ChangeEvents.polledContact(contact.id(), at, person));
        worker().processBatch(10);
        return salesforce.targetOf(contact)
                .orElseThrow(() -> new IllegalStateException(contact + " was not synced to a Lead"));
    }
}
