package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ChangeInbox} in memory, with the full contract of the durable one:
 * <ul>
 *   <li>{@link #append} stores each {@link ChangeEvent#dedupKey()} once;</li>
 *   <li>{@link #claim} hands out due {@link Status#PENDING} entries, and {@link Status#CLAIMED} entries whose
 *       lease has run out, oldest (first appended) first; a lease taken at {@code t} for {@code d} has run
 *       out from {@code t + d} on;</li>
 *   <li>{@link #release}, {@link #retryLater}, {@link #complete} and {@link #park} apply to claimed entries
 *       only, and throw {@link IllegalStateException} otherwise, so that a test catches an engine that
 *       settles an entry twice or touches one it never claimed;</li>
 *   <li>{@link #retryLater} counts an attempt only when asked to;</li>
 *   <li>{@link #requeue} turns a PARKED entry back into a due PENDING one with no attempts, marked as a retry.</li>
 * </ul>
 * A new entry is due at once. Inspect entries with {@link #entries()} or {@link #entry(long)}. Thread-safe.
 */
public final class InMemoryChangeInbox implements ChangeInbox {

    /** Lifecycle of an entry; DONE and PARKED are settled. */
    public enum Status {
        PENDING,
        CLAIMED,
        DONE,
        PARKED;

        public boolean settled() {
            return this == DONE || this == PARKED;
        }
    }

    /** A snapshot of one stored entry. */
    public record Stored(long id, ChangeEvent event, Status status, int attempts, Instant notBefore,
                         Optional<Instant> leaseUntil, Optional<SyncFailure> lastFailure) {

        public Optional<Watermark> position() {
            return event.stream().map(ChangeEvent.StreamPosition::position);
        }
    }

    private final Clock clock;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final Map<String, Long> byDedupKey = new HashMap<>();
    private long nextId = 1;

    /** Settled times from the system clock. */
    public InMemoryChangeInbox() {
        this(Clock.systemUTC());
    }

    /** @param clock when a completed change counts as settled, for {@link #purgeSettled} */
    public InMemoryChangeInbox(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized boolean append(ChangeEvent event) {
        Objects.requireNonNull(event, "event");
        String key = event.dedupKey();
        Long existing = byDedupKey.get(key);
        if (existing != null) {
            Row row = rows.get(existing);
            if (row.event.stream().isEmpty() && event.stream().isPresent()) {
                row.event = event;
            }
            return false;
        }
        long id = nextId++;
        rows.put(id, new Row(id, event, clock.instant()));
        byDedupKey.put(key, id);
        return true;
    }

    @Override
    public synchronized List<InboxEntry> claim(int max, Instant now, Duration lease) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        Objects.requireNonNull(now, "now");
        if (Objects.requireNonNull(lease, "lease").isNegative()) {
            throw new IllegalArgumentException("lease must not be negative: " + lease);
        }
        List<InboxEntry> claimed = new ArrayList<>();
        for (Row row : rows.values()) {
            if (claimed.size() >= max) {
                break;
            }
            if (row.claimableAt(now)) {
                row.status = Status.CLAIMED;
                row.leaseUntil = now.plus(lease);
                claimed.add(new InboxEntry(row.id, row.event, row.attempts, Optional.ofNullable(row.retryOf),
                        Optional.of(row.readAt)));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void complete(long entryId) {
        Row row = claimedRow(entryId, "complete");
        row.status = Status.DONE;
        row.leaseUntil = null;
        row.settledAt = clock.instant();
    }

    @Override
    public synchronized int purgeSettled(Instant settledBefore, int max) {
        List<Row> old = rows.values().stream()
                .filter(row -> row.status == Status.DONE && row.settledAt.isBefore(settledBefore))
                .sorted(Comparator.comparing(row -> row.settledAt)).limit(max).toList();
        old.forEach(row -> {
            rows.remove(row.id);
            byDedupKey.remove(row.event.dedupKey());
        });
        return old.size();
    }

    @Override
    public synchronized void release(long entryId) {
        Row row = claimedRow(entryId, "release");
        row.status = Status.PENDING;
        row.leaseUntil = null;
    }

    @Override
    public synchronized void retryLater(long entryId, SyncFailure failure, Instant notBefore, boolean countsAsAttempt) {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(notBefore, "notBefore");
        Row row = claimedRow(entryId, "retryLater");
        row.status = Status.PENDING;
        row.leaseUntil = null;
        row.notBefore = notBefore;
        row.lastFailure = failure;
        if (countsAsAttempt) {
            row.attempts++;
        }
    }

    @Override
    public synchronized void park(long entryId, SyncFailure failure) {
        Objects.requireNonNull(failure, "failure");
        Row row = claimedRow(entryId, "park");
        row.status = Status.PARKED;
        row.leaseUntil = null;
        row.lastFailure = failure;
    }

    @Override
    public synchronized Optional<Watermark> highestPosition(StreamId stream) {
        return positionsOf(stream).stream().map(p -> p.position).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized Optional<Watermark> settledThrough(StreamId stream) {
        List<Positioned> positioned = positionsOf(stream);
        Optional<Watermark> firstUnsettled = positioned.stream()
                .filter(p -> !p.row.status.settled())
                .map(p -> p.position)
                .min(Comparator.naturalOrder());
        return positioned.stream()
                .filter(p -> p.row.status.settled())
                .map(p -> p.position)
                .filter(position -> firstUnsettled.map(unsettled -> unsettled.isAfter(position)).orElse(true))
                .max(Comparator.naturalOrder());
    }

    @Override
    public synchronized boolean requeue(String dedupKey, long errorId, Instant now) {
        Long id = byDedupKey.get(Objects.requireNonNull(dedupKey, "dedupKey"));
        if (id == null || rows.get(id).status != Status.PARKED) {
            return false;
        }
        Row row = rows.get(id);
        row.status = Status.PENDING;
        row.attempts = 0;
        row.notBefore = Objects.requireNonNull(now, "now");
        row.retryOf = errorId;
        return true;
    }

    @Override
    public synchronized long pendingCount() {
        return rows.values().stream().filter(r -> !r.status.settled()).count();
    }

    /** Every stored entry, in the order appended. */
    public synchronized List<Stored> entries() {
        return rows.values().stream().map(Row::snapshot).toList();
    }

    public synchronized Stored entry(long entryId) {
        return row(entryId).snapshot();
    }

    /** The stored entry for this version of this record, if any. */
    public synchronized Optional<Stored> entryFor(ChangeEvent event) {
        return Optional.ofNullable(byDedupKey.get(event.dedupKey())).map(id -> rows.get(id).snapshot());
    }

    public synchronized List<Stored> entriesWith(Status status) {
        return rows.values().stream().filter(r -> r.status == status).map(Row::snapshot).toList();
    }

    public synchronized int size() {
        return rows.size();
    }

    private List<Positioned> positionsOf(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        List<Positioned> positioned = new ArrayList<>();
        for (Row row : rows.values()) {
            row.event.stream()
                    .filter(p -> p.stream().equals(stream))
                    .ifPresent(p -> positioned.add(new Positioned(row, p.position())));
        }
        return positioned;
    }

    private Row claimedRow(long entryId, String operation) {
        Row row = row(entryId);
        if (row.status != Status.CLAIMED) {
            throw new IllegalStateException("cannot " + operation + " entry " + entryId + ": it is " + row.status
                    + ", not CLAIMED");
        }
        return row;
    }

    private Row row(long entryId) {
        Row row = rows.get(entryId);
        if (row == null) {
            throw new IllegalArgumentException("no inbox entry " + entryId);
        }
        return row;
    }

    private record Positioned(Row row, Watermark position) {
    }

    private static final class Row {
        final long id;
        ChangeEvent event;
        Status status = Status.PENDING;
        int attempts;
        Instant notBefore = Instant.MIN;
        Instant leaseUntil;
        SyncFailure lastFailure;
        Long retryOf;
        Instant settledAt;
        final Instant readAt;

        Row(long id, ChangeEvent event, Instant readAt) {
            this.id = id;
            this.event = event;
            this.readAt = readAt;
        }

        boolean claimableAt(Instant now) {
            return switch (status) {
                case PENDING -> !notBefore.isAfter(now);
                case CLAIMED -> !now.isBefore(leaseUntil);
                case DONE, PARKED -> false;
            };
        }

        Stored snapshot() {
            return new Stored(id, event, status, attempts, notBefore, Optional.ofNullable(leaseUntil),
                    Optional.ofNullable(lastFailure));
        }
    }
}
