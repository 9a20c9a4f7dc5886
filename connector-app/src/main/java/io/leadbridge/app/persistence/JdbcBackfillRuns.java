package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.port.BackfillRun;
import io.leadbridge.core.port.BackfillRuns;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BackfillRuns} on the {@code backfill_run} table, one row per stream. */
public class JdbcBackfillRuns implements BackfillRuns {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcBackfillRuns(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public BackfillRun start(StreamId stream, Watermark from, Instant at) {
        return tx.execute(status -> {
            Optional<BackfillRun> current = jdbc.sql("SELECT * FROM backfill_run WHERE stream_key = ? FOR UPDATE")
                    .param(stream.key()).query((rs, row) -> toRun(rs)).optional();
            if (current.filter(BackfillRun::running).isPresent()) {
                throw new IllegalStateException("a backfill of " + stream.key() + " is already running");
            }
            jdbc.sql("DELETE FROM backfill_run WHERE stream_key = ?").param(stream.key()).update();
            jdbc.sql("""
                    INSERT INTO backfill_run (stream_key, from_at, from_id, cursor_at, cursor_id, read_count,
                        stored_count, started_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)""")
                    .params(stream.key(), ts(from.modifiedAt()), from.recordId(), ts(from.modifiedAt()),
                            from.recordId(), ts(at), ts(at))
                    .update();
            return new BackfillRun(stream, from, from, 0, 0, at, at, Optional.empty());
        });
    }

    @Override
    public Optional<BackfillRun> find(StreamId stream) {
        return jdbc.sql("SELECT * FROM backfill_run WHERE stream_key = ?").param(stream.key())
                .query((rs, row) -> toRun(rs)).optional();
    }

    @Override
    public List<BackfillRun> all() {
        return jdbc.sql("SELECT * FROM backfill_run ORDER BY stream_key").query((rs, row) -> toRun(rs)).list();
    }

    @Override
    public void advance(StreamId stream, Watermark cursor, int read, int stored, boolean finished, Instant at) {
        int updated = jdbc.sql("""
                UPDATE backfill_run SET cursor_at = ?, cursor_id = ?, read_count = read_count + ?,
                    stored_count = stored_count + ?, updated_at = ?, finished_at = ?
                WHERE stream_key = ? AND finished_at IS NULL""")
                .params(ts(cursor.modifiedAt()), cursor.recordId(), read, stored, ts(at), finished ? ts(at) : null,
                        stream.key())
                .update();
        if (updated == 0) {
            throw new NoSuchElementException("no running backfill of " + stream.key());
        }
    }

    private static BackfillRun toRun(ResultSet rs) throws SQLException {
        return new BackfillRun(StreamId.parse(rs.getString("stream_key")),
                new Watermark(SqlTime.instant(rs, "from_at"), rs.getString("from_id")),
                new Watermark(SqlTime.instant(rs, "cursor_at"), rs.getString("cursor_id")),
                rs.getLong("read_count"), rs.getLong("stored_count"), SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "updated_at"), Optional.ofNullable(SqlTime.instant(rs, "finished_at")));
    }
}
