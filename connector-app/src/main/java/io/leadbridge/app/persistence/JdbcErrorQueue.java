package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** {@link ErrorQueue} on the {@code sync_error} table. */
public class JdbcErrorQueue implements ErrorQueue {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcErrorQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long add(ChangeEvent event, SyncFailure failure, int attempts) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sync_error (source_system, object_type, record_id, event_payload, failure_kind, code,
                    message, fields, correlation_id, attempts, failed_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(event.ref().system().name(), event.ref().objectType(), event.ref().id(),
                        ChangeEventCodec.encode(event), failure.getClass().getSimpleName(), clip(failure.code(), 120),
                        clip(failure.message(), 4000), clip(String.join(",", fields(failure)), 1000),
                        clip(failure.correlationId(), 200), attempts, ts(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public List<SyncError> open(int limit) {
        return jdbc.sql("SELECT * FROM sync_error WHERE status = 'OPEN' ORDER BY failed_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query((rs, row) -> toError(rs))
                .list();
    }

    private static SyncError toError(ResultSet rs) throws SQLException {
        return new SyncError(rs.getLong("id"), ChangeEventCodec.decode(rs.getString("event_payload")), failure(rs),
                rs.getInt("attempts"), SqlTime.instant(rs, "failed_at"));
    }

    private static SyncFailure failure(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        String message = rs.getString("message");
        String correlation = rs.getString("correlation_id");
        String fields = rs.getString("fields");
        switch (rs.getString("failure_kind")) {
            case "Retriable":
                return new SyncFailure.Retriable(code, message, correlation);
            case "RateLimited":
                return new SyncFailure.RateLimited(code, message, correlation, Duration.ZERO);
            case "Conflict":
                return new SyncFailure.Conflict(code, message, correlation);
            default:
                return new SyncFailure.Permanent(code, message, correlation,
                        fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")));
        }
    }

    private static List<String> fields(SyncFailure failure) {
        return failure instanceof SyncFailure.Permanent permanent ? permanent.fields() : List.of();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
