package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.identity.KnownPeople;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.port.AppliedVersionStore;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.port.RecordLocks;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the inbox: claims a batch, keeps the newest change per record, drops changes older than what is
 * already applied, looks the batch's people up together, plans each person's write, writes in batches per target
 * CRM, settles each entry from its own result, and finally moves each stream's watermark over what is now settled.
 *
 * <p>Stages 2–8 of the pipeline in one call; the app's flow decides only when to call it.
 */
public final class SyncWorker {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

    private final ChangeInbox inbox;
    private final IdMappingStore ids;
    private final AppliedVersionStore applied;
    private final ErrorQueue errors;
    private final WatermarkStore watermarks;
    private final RecordLocks locks;
    private final Map<CrmSystem, CrmSink> sinks;
    private final PersonPlanning planning;
    private final Optional<DeleteHandling> deletes;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Duration lease;
    private final SettledChangeListener afterSettle;

    /** One-way: every change is planned from the ownership rules alone, with no memory of either side. */
    public SyncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                      WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks, OneWayFieldPlanner planner,
                      RetryPolicy retryPolicy, Clock clock, Duration lease) {
        this(inbox, ids, applied, errors, watermarks, locks, sinks, new OneWayPersonPlanning(ids, planner),
                Optional.empty(), retryPolicy, clock, lease, SettledChangeListener.NONE);
    }

    /**
     * Two-way: each change's person is resolved in the other CRM (id map, else email) and only the record's own
     * changes are written; echoes of the connector's writes plan nothing. Email matches, and each successful
     * write's field decisions and the write itself, go to {@code audit}; a deleted record is handled by
     * {@code deletes}.
     */
    public SyncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                      WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks, IdentityResolver identity,
                      TwoWayChangePlanner planner, AuditTrail audit, DeleteHandling deletes, RetryPolicy retryPolicy,
                      Clock clock, Duration lease) {
        this(inbox, ids, applied, errors, watermarks, locks, sinks, identity, planner, audit, deletes, retryPolicy,
                clock, lease, SettledChangeListener.NONE);
    }

    /** Two-way, with a step that runs after each settled change (qualification and routing, for one). */
    public SyncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                      WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks, IdentityResolver identity,
                      TwoWayChangePlanner planner, AuditTrail audit, DeleteHandling deletes, RetryPolicy retryPolicy,
                      Clock clock, Duration lease, SettledChangeListener afterSettle) {
        this(inbox, ids, applied, errors, watermarks, locks, sinks,
                new TwoWayPersonPlanning(ids, identity, planner, audit), Optional.of(deletes), retryPolicy, clock,
                lease, afterSettle);
    }

    /**
     * Two-way with people's owners: an owner the target CRM has no user for is left out of the write and reported in
     * the error queue as {@value PersonOwners#OWNER_NOT_FOUND}, the person's other fields written (ADR 0024).
     */
    public SyncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                      WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks, IdentityResolver identity,
                      TwoWayChangePlanner planner, AuditTrail audit, DeleteHandling deletes, RetryPolicy retryPolicy,
                      Clock clock, Duration lease, SettledChangeListener afterSettle, PersonOwners owners) {
        this(inbox, ids, applied, errors, watermarks, locks, sinks,
                new TwoWayPersonPlanning(ids, identity, planner, audit, owners,
                        (event, failure) -> errors.add(event, failure, 1)),
                Optional.of(deletes), retryPolicy, clock, lease, afterSettle);
    }

    private SyncWorker(ChangeInbox inbox, IdMappingStore ids, AppliedVersionStore applied, ErrorQueue errors,
                       WatermarkStore watermarks, RecordLocks locks, List<CrmSink> sinks, PersonPlanning planning,
                       Optional<DeleteHandling> deletes, RetryPolicy retryPolicy, Clock clock, Duration lease,
                       SettledChangeListener afterSettle) {
        this.inbox = inbox;
        this.ids = ids;
        this.applied = applied;
        this.errors = errors;
        this.watermarks = watermarks;
        this.locks = locks;
        this.sinks = new EnumMap<>(CrmSystem.class);
        sinks.forEach(sink -> this.sinks.put(sink.system(), sink));
        this.planning = planning;
        this.deletes = deletes;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.lease = lease;
        this.afterSettle = afterSettle;
    }

    /** Processes up to {@code max} due changes; returns what happened to them. */
    public BatchReport processBatch(int max) {
        Instant now = clock.instant();
        List<InboxEntry> claimed = inbox.claim(max, now, lease);
        if (claimed.isEmpty()) {
            return BatchReport.EMPTY;
        }
        Tally tally = new Tally();
        Set<StreamId> touchedStreams = new TreeSet<>(Comparator.comparing(StreamId::key));
        claimed.forEach(e -> e.event().stream().ifPresent(p -> touchedStreams.add(p.stream())));

        List<InboxEntry> newest = newestPerRecord(claimed, tally);
        try (RecordLocks.HeldKeys held = locks.tryLockAll(lockKeys(newest))) {
            try {
                planAndWrite(newest, held, tally);
            } finally {
                // one statement for the batch's settled entries, while their locks are held, as each was settled
                inbox.completeAll(tally.completed);
            }
        }
        touchedStreams.forEach(this::commitWatermark);
        BatchReport report = tally.report(claimed.size());
        log.info("Sync batch: {}", report);
        return report;
    }

    private void planAndWrite(List<InboxEntry> newest, RecordLocks.HeldKeys held, Tally tally) {
        List<InboxEntry> locked = new ArrayList<>();
        for (InboxEntry entry : newest) {
            if (!holdsRecordAndEmail(held, entry.event())) {
                inbox.release(entry.id());
                tally.released++;
                continue;
            }
            locked.add(entry);
        }
        for (List<InboxEntry> round : onePerEmailPerRound(locked)) {
            KnownPeople known = lookAhead(round);
            Map<CrmSystem, List<PendingWrite>> writesByTarget = new EnumMap<>(CrmSystem.class);
            for (InboxEntry entry : round) {
                plan(entry, known, tally).ifPresent(w -> writesByTarget
                        .computeIfAbsent(w.write.source().system().other(), k -> new ArrayList<>()).add(w));
            }
            writesByTarget.forEach((target, writes) -> write(target, writes, tally));
        }
    }

    /**
     * Each change's record lock and the lock of its person's email, taken for the whole batch at once: another drain
     * (a thread of this instance or another instance) then never plans a contact and the Lead written for it, or that
     * Lead's echo, side by side. The batch's changes of one email share its lock; the batch plans them in successive
     * rounds ({@link #onePerEmailPerRound}).
     */
    private static Set<String> lockKeys(List<InboxEntry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        for (InboxEntry entry : entries) {
            keys.add(entry.event().ref().key());
            emailKey(entry.event()).ifPresent(keys::add);
        }
        return keys;
    }

    /** Whether the batch holds both locks a change needs; when another drain holds either, it goes back. */
    private static boolean holdsRecordAndEmail(RecordLocks.HeldKeys held, ChangeEvent event) {
        return held.holds(event.ref().key()) && emailKey(event).map(held::holds).orElse(true);
    }

    /**
     * The batch's changes in rounds that hold at most one change per email, in claim order: a change is planned only
     * after the batch's earlier changes of its email have settled, so a person's HubSpot contact and Salesforce
     * record polled together are matched and linked once, not each by itself as if the other were not there.
     */
    private static List<List<InboxEntry>> onePerEmailPerRound(List<InboxEntry> entries) {
        List<List<InboxEntry>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (InboxEntry entry : entries) {
            int round = emailKey(entry.event()).map(email -> seen.merge(email, 1, Integer::sum) - 1).orElse(0);
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(entry);
        }
        return rounds;
    }

    private static Optional<String> emailKey(ChangeEvent event) {
        return event.person().flatMap(person -> person.get(PersonField.EMAIL))
                .map(email -> "email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    private List<InboxEntry> newestPerRecord(List<InboxEntry> claimed, Tally tally) {
        Map<ExternalRef, InboxEntry> newest = new LinkedHashMap<>();
        for (InboxEntry entry : claimed) {
            newest.merge(entry.event().ref(), entry, (a, b) -> {
                InboxEntry older = a.event().modifiedAt().isAfter(b.event().modifiedAt()) ? b : a;
                completed(older, "superseded by a newer change of " + older.event().ref(), tally);
                tally.superseded++;
                return older == a ? b : a;
            });
        }
        return List.copyOf(newest.values());
    }

    /**
     * The people the batch's upserts need, looked up together; when that fails, each change looks its people up on
     * its own while it is planned, so each fails or succeeds by itself.
     */
    private KnownPeople lookAhead(List<InboxEntry> entries) {
        List<ChangeEvent> upserts = entries.stream().map(InboxEntry::event)
                .filter(e -> e.kind() != ChangeKind.DELETE && e.person().isPresent()).toList();
        if (upserts.isEmpty()) {
            return KnownPeople.NONE;
        }
        try {
            return planning.lookAhead(upserts);
        } catch (SyncFailureException e) {
            log.warn("Looking up the people of {} changes together failed ({}); each is looked up on its own",
                    upserts.size(), e.failure().code());
            return KnownPeople.NONE;
        }
    }

    private Optional<PendingWrite> plan(InboxEntry entry, KnownPeople known, Tally tally) {
        ChangeEvent event = entry.event();
        Optional<Instant> last = applied.lastApplied(event.ref());
        if (last.isPresent() && !event.modifiedAt().isAfter(last.get())) {
            completed(entry, "an equal or newer version of " + event.ref() + " is already applied", tally);
            tally.stale++;
            return Optional.empty();
        }
        if (event.kind() == ChangeKind.DELETE || event.person().isEmpty()) {
            // Handled as configured (two-way), then recorded as applied so that an older update arriving later
            // cannot resurrect the record.
            if (event.kind() == ChangeKind.DELETE && deletes.isPresent()) {
                try {
                    deletes.get().apply(event, clock.instant());
                } catch (SyncFailureException e) {
                    fail(entry, e.failure(), tally);
                    return Optional.empty();
                }
            }
            applied.record(event.ref(), event.modifiedAt());
            completed(entry, "the record was deleted; deletes are not propagated", tally);
            tally.skipped++;
            return Optional.empty();
        }
        CrmSystem target = event.ref().system().other();
        if (!sinks.containsKey(target)) {
            throw new IllegalStateException("no sink configured for " + target);
        }
        PersonPlanning.Planned planned;
        try {
            planned = planning.plan(event, entry.readAt(), known);
        } catch (SyncFailureException e) {
            fail(entry, e.failure(), tally);
            return Optional.empty();
        }
        if (planned.write().isEmpty()) {
            if (settled(entry, planned, Optional.empty(), clock.instant(), tally)) {
                tally.skipped++;
            }
            return Optional.empty();
        }
        return Optional.of(new PendingWrite(entry, planned.write().get(), planned));
    }

    private void write(CrmSystem target, List<PendingWrite> writes, Tally tally) {
        CrmSink sink = sinks.get(target);
        for (int from = 0; from < writes.size(); from += sink.maxBatchSize()) {
            List<PendingWrite> chunk = writes.subList(from, Math.min(writes.size(), from + sink.maxBatchSize()));
            List<PersonWrite> chunkWrites = chunk.stream().map(PendingWrite::write).collect(Collectors.toList());
            Instant sentAt = clock.instant();
            planning.intend(chunkWrites, sentAt);
            List<WriteResult> results;
            try {
                results = sink.upsertPeople(chunkWrites);
            } catch (SyncFailureException e) {
                log.warn("Write of {} people to {} failed as a whole: {}", chunk.size(), target, e.getMessage());
                chunk.forEach(w -> fail(w.entry, e.failure(), tally));
                continue;
            }
            if (results.size() != chunk.size()) {
                throw new IllegalStateException(target + " sink returned " + results.size() + " results for "
                        + chunk.size() + " writes");
            }
            for (int i = 0; i < chunk.size(); i++) {
                settle(chunk.get(i), results.get(i), sentAt, tally);
            }
        }
    }

    /** @param sentAt when the write was sent: our writes are dated by it, so versions read before it predate them */
    private void settle(PendingWrite pending, WriteResult result, Instant sentAt, Tally tally) {
        if (result instanceof WriteResult.Written written) {
            if (settled(pending.entry, pending.planned, Optional.of(written), sentAt, tally)) {
                tally.written++;
            }
        } else if (result instanceof WriteResult.Failed failed) {
            fail(pending.entry, failed.failure(), tally);
        }
    }

    /**
     * Remembers a settled change, runs the after-settle step, records its version as applied and completes its entry;
     * returns false when the id map gives the written record to another person (an admin decides: merge or relink),
     * parking the change, or when the after-settle step failed, retrying or parking it.
     */
    private boolean settled(InboxEntry entry, PersonPlanning.Planned planned, Optional<WriteResult.Written> written,
                            Instant at, Tally tally) {
        try {
            planned.settle(written, at);
        } catch (IllegalStateException e) {
            fail(entry, new SyncFailure.Conflict("ID_MAP_CONFLICT", e.getMessage(), ""), tally);
            return false;
        }
        try {
            afterSettle.settled(entry.event());
        } catch (SyncFailureException e) {
            fail(entry, e.failure(), tally);
            return false;
        }
        applied.record(entry.event().ref(), entry.event().modifiedAt());
        completed(entry, written.map(w -> "written to " + w.target()).orElse("nothing left to write"), tally);
        return true;
    }

    /**
     * Settles an entry: marked done with the batch's others at its end ({@link ChangeInbox#completeAll}); when it was
     * an admin's retry of an error, that error is resolved by this outcome now.
     */
    private void completed(InboxEntry entry, String how, Tally tally) {
        tally.completed.add(entry.id());
        entry.retryOf().ifPresent(errorId -> errors.resolve(errorId, "retry settled: " + how));
    }

    private void fail(InboxEntry entry, SyncFailure failure, Tally tally) {
        Instant now = clock.instant();
        if (failure instanceof SyncFailure.RateLimited limited) {
            inbox.retryLater(entry.id(), failure, now.plus(limited.retryAfter()), false);
            tally.retrying++;
            return;
        }
        int attempts = entry.attempts() + 1;
        if (failure instanceof SyncFailure.Retriable && !retryPolicy.exhausted(attempts)) {
            inbox.retryLater(entry.id(), failure, now.plus(retryPolicy.backoffAfter(attempts)), true);
            tally.retrying++;
            return;
        }
        park(entry, failure, attempts, tally);
    }

    private void park(InboxEntry entry, SyncFailure failure, int attempts, Tally tally) {
        long errorId;
        if (entry.retryOf().isPresent()) {
            errorId = entry.retryOf().get();
            errors.reopen(errorId, failure, attempts);
        } else {
            errorId = errors.add(entry.event(), failure, attempts);
        }
        inbox.park(entry.id(), failure);
        tally.parked++;
        log.warn("Change {} parked as error {}: {} {}", entry.event().ref(), errorId, failure.code(), failure.message());
    }

    private void commitWatermark(StreamId stream) {
        inbox.settledThrough(stream).ifPresent(mark -> {
            if (watermarks.commit(stream, mark)) {
                log.debug("Watermark of {} committed at {}", stream, mark);
            }
        });
    }

    private record PendingWrite(InboxEntry entry, PersonWrite write, PersonPlanning.Planned planned) {
    }

    private static final class Tally {
        /** Entries settled as done, marked so at the end of the batch. */
        final List<Long> completed = new ArrayList<>();
        int written;
        int superseded;
        int stale;
        int skipped;
        int released;
        int retrying;
        int parked;

        BatchReport report(int claimed) {
            return new BatchReport(claimed, written, superseded + stale + skipped, released, retrying, parked);
        }
    }

    /**
     * What one batch did.
     *
     * @param settledWithoutWrite superseded by a newer change, older than what is applied, or nothing to write
     * @param released            given back because another worker holds the record
     */
    public record BatchReport(int claimed, int written, int settledWithoutWrite, int released, int retrying,
                              int parked) {
        static final BatchReport EMPTY = new BatchReport(0, 0, 0, 0, 0, 0);

        /**
         * Whether the batch settled or tried anything: false when it claimed nothing, or gave every change back
         * because other workers hold them, so a drain that goes on only while batches progress stops there.
         */
        public boolean madeProgress() {
            return claimed > released;
        }
    }
}
