package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link WatermarkStore} on the {@code stream_watermark} table. */
public class JdbcWatermarkStore implements WatermarkStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public JdbcWatermarkStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<Watermark> load(StreamId stream) {
        return jdbc.sql("SELECT modified_at, record_id FROM stream_watermark WHERE stream_key = ?")
                .param(stream.key())
                .query((rs, row) -> new Watermark(SqlTime.instant(rs, "modified_at"), rs.getString("record_id")))
                .optional();
    }

    @Override
    public boolean commit(StreamId stream, Watermark mark) {
        try {
            return commitOnce(stream, mark);
        } catch (DuplicateKeyException firstInsertRaced) {
            return commitOnce(stream, mark);
        }
    }

    private boolean commitOnce(StreamId stream, Watermark mark) {
        Boolean moved = tx.execute(status -> {
            Optional<Watermark> current = jdbc.sql(
                            "SELECT modified_at, record_id FROM stream_watermark WHERE stream_key = ? FOR UPDATE")
                    .param(stream.key())
                    .query((rs, row) -> new Watermark(SqlTime.instant(rs, "modified_at"), rs.getString("record_id")))
                    .optional();
            if (current.isPresent()) {
                if (!mark.isAfter(current.get())) {
                    return false;
                }
                jdbc.sql("UPDATE stream_watermark SET modified_at = ?, record_id = ?, committed_at = ? WHERE stream_key = ?")
                        .params(ts(mark.modifiedAt()), mark.recordId(), ts(clock.instant()), stream.key()).update();
                return true;
            }
            jdbc.sql("INSERT INTO stream_watermark (stream_key, modified_at, record_id, committed_at) VALUES (?, ?, ?, ?)")
                    .params(stream.key(), ts(mark.modifiedAt()), mark.recordId(), ts(clock.instant())).update();
            return true;
        });
        return Boolean.TRUE.equals(moved);
    }
}
