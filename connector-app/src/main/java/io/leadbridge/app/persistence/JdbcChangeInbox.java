package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ChangeInbox} on the {@code change_inbox} table. Claims use {@code FOR UPDATE SKIP LOCKED}, so
 * instances sharing one PostgreSQL never take the same entry, and a lease so that a crashed worker's
 * entries come back.
 */
public class JdbcChangeInbox implements ChangeInbox {

    /** Claims in a row that may find the due entries locked by other drains before one reports none. */
    static final int CLAIM_ROUNDS = 4;
    /** Ids in one {@code completeAll} statement; a drain's batch is 200. */
    private static final int COMPLETED_PER_STATEMENT = 500;

    private static final int MAX_ERROR_TEXT = 2000;
    private static final List<String> UNSETTLED = List.of("PENDING", "CLAIMED");
    private static final List<String> SETTLED = List.of("DONE", "PARKED");
    private static final String INSERT = """
            INSERT INTO change_inbox (dedup_key, source_system, object_type, record_id, change_kind, modified_at,
                payload, stream_key, position_at, position_id, status, attempts, next_attempt_at, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public JdbcChangeInbox(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public boolean append(ChangeEvent event) {
        String dedupKey = event.dedupKey();
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM change_inbox WHERE dedup_key = ?")
                .param(dedupKey).query(Long.class).single() > 0;
        if (exists) {
            adoptPosition(dedupKey, event);
            return false;
        }
        try {
            jdbc.sql(INSERT).params(insertParams(event, clock.instant())).update();
            return true;
        } catch (DuplicateKeyException raced) {
            adoptPosition(dedupKey, event);
            return false;
        }
    }

    /**
     * One query for which of the page's changes are stored already, and the rest inserted in one transaction, instead
     * of a query, an insert and a commit per change. When another writer (a webhook) stores one of them in between,
     * the transaction is rolled back as a whole and the rest are appended one by one.
     */
    @Override
    public int appendAll(List<ChangeEvent> events) {
        Map<String, ChangeEvent> fresh = new LinkedHashMap<>();
        List<ChangeEvent> seen = new ArrayList<>();
        for (ChangeEvent event : events) {
            if (fresh.putIfAbsent(event.dedupKey(), event) != null) {
                seen.add(event);
            }
        }
        if (fresh.size() > 1) {
            jdbc.sql("SELECT dedup_key FROM change_inbox WHERE dedup_key IN (:keys)")
                    .param("keys", List.copyOf(fresh.keySet())).query(String.class).list()
                    .forEach(stored -> seen.add(fresh.remove(stored)));
        }
        int added = insertAll(List.copyOf(fresh.values()));
        seen.forEach(event -> adoptPosition(event.dedupKey(), event));
        return added;
    }

    private int insertAll(List<ChangeEvent> events) {
        if (events.size() <= 1) {
            return events.isEmpty() || !append(events.get(0)) ? 0 : 1;
        }
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(status -> events.forEach(
                    event -> jdbc.sql(INSERT).params(insertParams(event, now)).update()));
            return events.size();
        } catch (DuplicateKeyException raced) {
            return (int) events.stream().filter(this::append).count();
        }
    }

    private static List<Object> insertParams(ChangeEvent event, Instant now) {
        return Arrays.asList(event.dedupKey(), event.ref().system().name(), event.ref().objectType(),
                event.ref().id(), event.kind().name(), ts(event.modifiedAt()), ChangeEventCodec.encode(event),
                event.stream().map(p -> p.stream().key()).orElse(null),
                event.stream().map(p -> ts(p.position().modifiedAt())).orElse(null),
                event.stream().map(p -> p.position().recordId()).orElse(null),
                ts(now), ts(now));
    }

    /** A polled copy of a change stored without a stream position (from a webhook) gives it the position. */
    private void adoptPosition(String dedupKey, ChangeEvent event) {
        event.stream().ifPresent(position -> jdbc.sql("""
                        UPDATE change_inbox SET stream_key = ?, position_at = ?, position_id = ?, payload = ?
                        WHERE dedup_key = ? AND stream_key IS NULL""")
                .params(position.stream().key(), ts(position.position().modifiedAt()), position.position().recordId(),
                        ChangeEventCodec.encode(event), dedupKey)
                .update());
    }

    /**
     * Claims the first {@code max} due entries. Drains claiming at once read the same due entries, and a claim finds
     * the ones another is locking skipped ({@code SKIP LOCKED}): it then claims the next due ones instead, up to
     * {@value #CLAIM_ROUNDS} times, rather than report an empty inbox, which would stop its drain until the next
     * {@code drain-interval} while a backlog waits.
     */
    @Override
    public List<InboxEntry> claim(int max, Instant now, Duration lease) {
        Set<Long> claimedByOthers = new HashSet<>();
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            Claim claim = tx.execute(status -> claimOnce(max, now, lease, claimedByOthers));
            if (!claim.entries().isEmpty() || claim.candidates().isEmpty()) {
                return claim.entries();
            }
            claimedByOthers.addAll(claim.candidates());
        }
        return List.of();
    }

    private Claim claimOnce(int max, Instant now, Duration lease, Set<Long> claimedByOthers) {
        List<Long> candidates = Stream.concat(
                        due("status = 'PENDING' AND next_attempt_at <= :now", "next_attempt_at, id", now, max,
                                claimedByOthers),
                        due("status = 'CLAIMED' AND lease_until < :now", "id", now, max, claimedByOthers))
                .sorted().limit(max).toList();
        if (candidates.isEmpty()) {
            return new Claim(candidates, List.of());
        }
        List<Long> ids = jdbc.sql("SELECT id FROM change_inbox WHERE id IN (:ids) AND ((status = 'PENDING'"
                        + " AND next_attempt_at <= :now) OR (status = 'CLAIMED' AND lease_until < :now))"
                        + " ORDER BY id FOR UPDATE SKIP LOCKED")
                .param("ids", candidates).param("now", ts(now)).query(Long.class).list();
        if (ids.isEmpty()) {
            return new Claim(candidates, List.of());
        }
        List<InboxEntry> entries = jdbc.sql("""
                SELECT id, payload, attempts, retry_of_error, received_at FROM change_inbox WHERE id IN (:ids)
                ORDER BY id""")
                .param("ids", ids)
                .query((rs, row) -> new InboxEntry(rs.getLong("id"), ChangeEventCodec.decode(rs.getString("payload")),
                        rs.getInt("attempts"), Optional.ofNullable(rs.getObject("retry_of_error", Long.class)),
                        Optional.of(SqlTime.instant(rs, "received_at"))))
                .list();
        jdbc.sql("UPDATE change_inbox SET status = 'CLAIMED', lease_until = :lease WHERE id IN (:ids)")
                .param("lease", ts(now.plus(lease))).param("ids", ids).update();
        return new Claim(candidates, entries);
    }

    /**
     * Up to {@code max} due entries of one status, without locks: they are locked by id afterwards, as H2 locks every
     * row a {@code FOR UPDATE} query matches before it applies {@code FETCH FIRST} (1.1 s for 200 of 14,000 pending
     * entries). One status per query, ordered by the index's own columns: an {@code OR} of both statuses made the
     * database walk every settled entry (ADR 0031). Entries another claim was found locking are left out.
     */
    private Stream<Long> due(String condition, String order, Instant now, int max, Set<Long> claimedByOthers) {
        String others = claimedByOthers.isEmpty() ? "" : " AND id NOT IN (:others)";
        JdbcClient.StatementSpec query = jdbc.sql("SELECT id FROM change_inbox WHERE " + condition + others
                        + " ORDER BY status, " + order + " FETCH FIRST :max ROWS ONLY")
                .param("now", ts(now)).param("max", max);
        if (!claimedByOthers.isEmpty()) {
            query = query.param("others", claimedByOthers);
        }
        return query.query(Long.class).list().stream();
    }

    /** The due entries a claim found, and those it locked and claimed (none when another claim held them all). */
    private record Claim(List<Long> candidates, List<InboxEntry> entries) {
    }

    @Override
    public void complete(long entryId) {
        completeAll(List.of(entryId));
    }

    @Override
    public void completeAll(Collection<Long> entryIds) {
        List<Long> ids = List.copyOf(entryIds);
        for (int from = 0; from < ids.size(); from += COMPLETED_PER_STATEMENT) {
            jdbc.sql("UPDATE change_inbox SET status = 'DONE', lease_until = NULL, settled_at = :at WHERE id IN (:ids)")
                    .param("at", ts(clock.instant()))
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + COMPLETED_PER_STATEMENT)))
                    .update();
        }
    }

    @Override
    public void park(long entryId, SyncFailure failure) {
        jdbc.sql("""
                UPDATE change_inbox SET status = 'PARKED', lease_until = NULL, settled_at = ?, last_error_code = ?,
                    last_error = ?
                WHERE id = ?""")
                .params(ts(clock.instant()), failure.code(), clip(failure.message()), entryId)
                .update();
    }

    @Override
    public int purgeSettled(Instant settledBefore, int max) {
        return jdbc.sql("""
                DELETE FROM change_inbox WHERE id IN (
                    SELECT id FROM change_inbox WHERE status = 'DONE' AND settled_at < ?
                    ORDER BY settled_at FETCH FIRST ? ROWS ONLY)""")
                .params(ts(settledBefore), max)
                .update();
    }

    @Override
    public void release(long entryId) {
        jdbc.sql("UPDATE change_inbox SET status = 'PENDING', lease_until = NULL WHERE id = ?")
                .param(entryId).update();
    }

    @Override
    public void retryLater(long entryId, SyncFailure failure, Instant notBefore, boolean countsAsAttempt) {
        jdbc.sql("""
                UPDATE change_inbox SET status = 'PENDING', lease_until = NULL, next_attempt_at = ?,
                    attempts = attempts + ?, last_error_code = ?, last_error = ?
                WHERE id = ?""")
                .params(ts(notBefore), countsAsAttempt ? 1 : 0, failure.code(), clip(failure.message()), entryId)
                .update();
    }

    /** The highest of each status's last position: one probe of {@code change_inbox_stream_status} per status. */
    @Override
    public Optional<Watermark> highestPosition(StreamId stream) {
        return Stream.concat(UNSETTLED.stream(), SETTLED.stream())
                .flatMap(status -> lastOf(stream, status, Optional.empty()).stream())
                .max(Positioned.STREAM_ORDER)
                .map(Positioned::watermark);
    }

    /**
     * Each query names one status and orders by the index's columns, equality columns included, so H2 and
     * PostgreSQL answer it from {@code change_inbox_stream_status} without walking the stream's settled entries
     * (ADR 0031).
     */
    @Override
    public Optional<Watermark> settledThrough(StreamId stream) {
        Optional<Unsettled> firstUnsettled = UNSETTLED.stream()
                .flatMap(status -> firstOf(stream, status).stream())
                .min(Comparator.comparing(Unsettled::at).thenComparingLong(Unsettled::id));
        return SETTLED.stream()
                .flatMap(status -> lastOf(stream, status, firstUnsettled).stream())
                .max(Positioned.STREAM_ORDER)
                .map(Positioned::watermark);
    }

    private Optional<Unsettled> firstOf(StreamId stream, String status) {
        return jdbc.sql("""
                        SELECT position_at, id FROM change_inbox WHERE stream_key = ? AND status = ?
                        ORDER BY stream_key, status, position_at, id FETCH FIRST 1 ROWS ONLY""")
                .params(stream.key(), status)
                .query((rs, row) -> new Unsettled(rs.getObject("position_at", OffsetDateTime.class), rs.getLong("id")))
                .optional();
    }

    private Optional<Positioned> lastOf(StreamId stream, String status, Optional<Unsettled> before) {
        String bound = before.isEmpty() ? ""
                : " AND position_at <= :at AND (position_at < :at OR id < :id)";
        JdbcClient.StatementSpec query = jdbc.sql("SELECT position_at, position_id, id FROM change_inbox"
                        + " WHERE stream_key = :stream AND status = :status" + bound
                        + " ORDER BY stream_key DESC, status DESC, position_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param("stream", stream.key()).param("status", status);
        if (before.isPresent()) {
            query = query.param("at", before.get().at()).param("id", before.get().id());
        }
        return query.query((rs, row) -> new Positioned(rs.getObject("position_at", OffsetDateTime.class),
                rs.getLong("id"), position(rs))).optional();
    }

    private static Watermark position(ResultSet rs) throws SQLException {
        return new Watermark(rs.getObject("position_at", OffsetDateTime.class).toInstant(), rs.getString("position_id"));
    }

    private record Unsettled(OffsetDateTime at, long id) {
    }

    private record Positioned(OffsetDateTime at, long id, Watermark watermark) {
        static final Comparator<Positioned> STREAM_ORDER = Comparator.comparing(Positioned::at)
                .thenComparingLong(Positioned::id);
    }

    @Override
    public boolean requeue(String dedupKey, long errorId, Instant now) {
        return jdbc.sql("""
                UPDATE change_inbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = NULL,
                    settled_at = NULL, retry_of_error = ?
                WHERE dedup_key = ? AND status = 'PARKED'""")
                .params(ts(now), errorId, dedupKey)
                .update() == 1;
    }

    @Override
    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM change_inbox WHERE status IN ('PENDING', 'CLAIMED')")
                .query(Long.class).single();
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT);
    }
}
