package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.instant;
import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyInbox;
import io.leadbridge.core.company.CompanyInboxEntry;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CompanyInbox} on the {@code company_inbox} table (V19): the unique key on the record version keeps each
 * version once, however often it is read; storing a version settles the older pending ones of the record in the
 * same transaction. The payload is the record's canonical fields, as in {@code company_snapshot}.
 */
public class JdbcCompanyInbox implements CompanyInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcCompanyInbox(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public boolean add(StreamId stream, CompanyChange change, Instant receivedAt) {
        ExternalRef ref = change.ref();
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                jdbc.sql("""
                        INSERT INTO company_inbox (stream_key, source_system, object_type, record_id, modified_at,
                                                   position_at, position_id, payload, status, next_attempt_at,
                                                   received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                        .params(stream.key(), ref.system().name(), ref.objectType(), ref.id(),
                                ts(change.modifiedAt()), ts(change.position().modifiedAt()),
                                change.position().recordId(), JdbcCompanySnapshotStore.encode(change.company()),
                                ts(receivedAt), ts(receivedAt))
                        .update();
                jdbc.sql("""
                        UPDATE company_inbox SET status = 'SETTLED', settled_at = ?
                        WHERE source_system = ? AND object_type = ? AND record_id = ? AND modified_at < ?
                          AND status = 'PENDING' AND retry_of_error IS NULL""")
                        .params(ts(receivedAt), ref.system().name(), ref.objectType(), ref.id(),
                                ts(change.modifiedAt()))
                        .update();
                return true;
            }));
        } catch (DuplicateKeyException storedBefore) {
            return false;
        }
    }

    @Override
    public List<CompanyInboxEntry> due(CrmSystem source, int max, Instant now) {
        return jdbc.sql("""
                SELECT id, stream_key, source_system, object_type, record_id, modified_at, position_at, position_id,
                       payload, received_at, attempts, retry_of_error
                FROM company_inbox WHERE status = 'PENDING' AND source_system = ? AND next_attempt_at <= ?
                ORDER BY position_at, id FETCH FIRST ? ROWS ONLY""")
                .params(source.name(), ts(now), max)
                .query((rs, row) -> entry(rs))
                .list();
    }

    @Override
    public void retryAt(long entryId, int attempts, Instant notBefore, SyncFailure lastFailure) {
        jdbc.sql("""
                UPDATE company_inbox SET attempts = ?, next_attempt_at = ?,
                       last_error_code = COALESCE(?, last_error_code)
                WHERE id = ? AND status = 'PENDING'""")
                .params(attempts, ts(notBefore), lastFailure == null ? null : lastFailure.code(), entryId)
                .update();
    }

    @Override
    public void settle(long entryId, Instant settledAt) {
        jdbc.sql("UPDATE company_inbox SET status = 'SETTLED', settled_at = ? WHERE id = ? AND status = 'PENDING'")
                .params(ts(settledAt), entryId)
                .update();
    }

    @Override
    public void park(long entryId, long errorId, int attempts, SyncFailure failure) {
        jdbc.sql("""
                UPDATE company_inbox SET status = 'PARKED', error_id = ?, attempts = ?, last_error_code = ?,
                       retry_of_error = NULL
                WHERE id = ? AND status = 'PENDING'""")
                .params(errorId, attempts, failure.code(), entryId)
                .update();
    }

    @Override
    public boolean requeue(long errorId, Instant now) {
        return jdbc.sql("""
                UPDATE company_inbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, retry_of_error = ?
                WHERE error_id = ? AND status = 'PARKED'""")
                .params(ts(now), errorId, errorId)
                .update() > 0;
    }

    @Override
    public long unsettledCount() {
        return jdbc.sql("SELECT COUNT(*) FROM company_inbox WHERE status <> 'SETTLED'").query(Long.class).single();
    }

    private static CompanyInboxEntry entry(ResultSet rs) throws SQLException {
        ExternalRef ref = new ExternalRef(CrmSystem.valueOf(rs.getString("source_system")),
                rs.getString("object_type"), rs.getString("record_id"));
        CompanyChange change = new CompanyChange(ref, instant(rs, "modified_at"),
                JdbcCompanySnapshotStore.decode(rs.getString("payload")),
                new Watermark(instant(rs, "position_at"), rs.getString("position_id")));
        long retryOfError = rs.getLong("retry_of_error");
        Optional<Long> retryOf = rs.wasNull() ? Optional.empty() : Optional.of(retryOfError);
        return new CompanyInboxEntry(rs.getLong("id"), StreamId.parse(rs.getString("stream_key")), change,
                instant(rs, "received_at"), rs.getInt("attempts"), retryOf);
    }
}
