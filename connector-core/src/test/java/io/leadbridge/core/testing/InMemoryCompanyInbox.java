package io.leadbridge.core.testing;

import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyInbox;
import io.leadbridge.core.company.CompanyInboxEntry;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CompanyInbox} in memory, with the JDBC one's rules (one row per record version, older versions superseded). */
public final class InMemoryCompanyInbox implements CompanyInbox {

    /** A stored change and where it stands. */
    public record Row(CompanyInboxEntry entry, String status, Instant nextAttemptAt, Optional<Long> errorId,
                      Optional<String> lastErrorCode) {
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized boolean add(StreamId stream, CompanyChange change, Instant receivedAt) {
        boolean known = rows.values().stream().anyMatch(row -> row.entry().change().ref().equals(change.ref())
                && row.entry().change().modifiedAt().equals(change.modifiedAt()));
        if (known) {
            return false;
        }
        rows.replaceAll((id, row) -> row.status().equals("PENDING") && row.entry().retryOf().isEmpty()
                && row.entry().change().ref().equals(change.ref())
                && row.entry().change().modifiedAt().isBefore(change.modifiedAt())
                ? new Row(row.entry(), "SETTLED", row.nextAttemptAt(), row.errorId(), row.lastErrorCode()) : row);
        long id = nextId++;
        rows.put(id, new Row(new CompanyInboxEntry(id, stream, change, receivedAt, 0, Optional.empty()), "PENDING", receivedAt,
                Optional.empty(), Optional.empty()));
        return true;
    }

    @Override
    public synchronized List<CompanyInboxEntry> due(CrmSystem source, int max, Instant now) {
        return rows.values().stream()
                .filter(row -> row.status().equals("PENDING") && !row.nextAttemptAt().isAfter(now)
                        && row.entry().change().ref().system() == source)
                .map(Row::entry)
                .sorted(Comparator.comparing((CompanyInboxEntry e) -> e.change().position())
                        .thenComparing(CompanyInboxEntry::id))
                .limit(max).toList();
    }

    @Override
    public synchronized void retryAt(long entryId, int attempts, Instant notBefore, SyncFailure lastFailure) {
        Row row = pending(entryId);
        CompanyInboxEntry e = row.entry();
        rows.put(entryId, new Row(new CompanyInboxEntry(e.id(), e.stream(), e.change(), e.receivedAt(), attempts, e.retryOf()),
                "PENDING", notBefore, row.errorId(),
                lastFailure == null ? row.lastErrorCode() : Optional.of(lastFailure.code())));
    }

    @Override
    public synchronized void settle(long entryId, Instant settledAt) {
        Row row = pending(entryId);
        rows.put(entryId, new Row(row.entry(), "SETTLED", row.nextAttemptAt(), row.errorId(), row.lastErrorCode()));
    }

    @Override
    public synchronized void park(long entryId, long errorId, int attempts, SyncFailure failure) {
        Row row = pending(entryId);
        CompanyInboxEntry e = row.entry();
        rows.put(entryId, new Row(new CompanyInboxEntry(e.id(), e.stream(), e.change(), e.receivedAt(), attempts,
                Optional.empty()),
                "PARKED", row.nextAttemptAt(), Optional.of(errorId), Optional.of(failure.code())));
    }

    @Override
    public synchronized boolean requeue(long errorId, Instant now) {
        for (Map.Entry<Long, Row> stored : rows.entrySet()) {
            Row row = stored.getValue();
            if (row.status().equals("PARKED") && row.errorId().equals(Optional.of(errorId))) {
                CompanyInboxEntry e = row.entry();
                stored.setValue(new Row(new CompanyInboxEntry(e.id(), e.stream(), e.change(),
                        e.receivedAt(), 0, Optional.of(errorId)), "PENDING", now, row.errorId(), row.lastErrorCode()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized long unsettledCount() {
        return rows.values().stream().filter(row -> !row.status().equals("SETTLED")).count();
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows.values());
    }

    private Row pending(long entryId) {
        Row row = rows.get(entryId);
        if (row == null || !row.status().equals("PENDING")) {
            throw new IllegalStateException("no pending company change " + entryId);
        }
        return row;
    }
}
