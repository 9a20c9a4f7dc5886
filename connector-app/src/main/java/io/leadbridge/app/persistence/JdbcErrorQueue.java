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
import io.leadbridge.core.port.ErrorClosure;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * {@link ErrorQueue} on the {@code sync_error} table. Each transition is one conditional UPDATE on the current
 * status, so two admins (or an admin and the worker) cannot both move the same error.
 */
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
        return list(ErrorFilter.ALL.withStatus(ErrorStatus.OPEN), limit);
    }

    @Override
    public Optional<SyncError> find(long errorId) {
        return jdbc.sql("SELECT * FROM sync_error WHERE id = ?").param(errorId).query((rs, row) -> toError(rs))
                .optional();
    }

    @Override
    public List<SyncError> list(ErrorFilter filter, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return where(filter, "SELECT * FROM sync_error", " ORDER BY failed_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> toError(rs))
                .list();
    }

    @Override
    public long count(ErrorFilter filter) {
        return where(filter, "SELECT COUNT(*) FROM sync_error", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec where(ErrorFilter filter, String select, String tail) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.system().ifPresent(system -> add(conditions, params, "source_system", system.name()));
        filter.objectType().ifPresent(type -> add(conditions, params, "object_type", type));
        filter.code().ifPresent(code -> add(conditions, params, "code", code));
        filter.status().ifPresent(status -> add(conditions, params, "status", status.name()));
        String sql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + tail;
        return jdbc.sql(sql).params(params);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String column, String value) {
        conditions.add(column + " = :" + column);
        params.put(column, value);
    }

    @Override
    public void dismiss(long errorId, String who, String why) {
        ErrorClosure closure = new ErrorClosure(who, why, clock.instant());
        transition(errorId, "dismiss", ErrorStatus.DISMISSED, closure, ErrorStatus.OPEN);
    }

    @Override
    public void markRetrying(long errorId) {
        transition(errorId, "retry", ErrorStatus.RETRYING, null, ErrorStatus.OPEN, ErrorStatus.RETRYING);
    }

    @Override
    public void resolve(long errorId, String how) {
        ErrorClosure closure = new ErrorClosure(ErrorClosure.LEADBRIDGE, how, clock.instant());
        transition(errorId, "resolve", ErrorStatus.RESOLVED, closure, ErrorStatus.RETRYING);
    }

    @Override
    public void reopen(long errorId, SyncFailure failure, int attempts) {
        int updated = jdbc.sql("""
                UPDATE sync_error SET status = 'OPEN', failure_kind = ?, code = ?, message = ?, fields = ?,
                    correlation_id = ?, attempts = ?, failed_at = ?
                WHERE id = ? AND status = 'RETRYING'""")
                .params(failure.getClass().getSimpleName(), clip(failure.code(), 120), clip(failure.message(), 4000),
                        clip(String.join(",", fields(failure)), 1000), clip(failure.correlationId(), 200), attempts,
                        ts(clock.instant()), errorId)
                .update();
        requireUpdated(updated, errorId, "reopen");
    }

    /** Moves the error to {@code to} when its status is one of {@code from}; a closure is set, or cleared if null. */
    private void transition(long errorId, String operation, ErrorStatus to, ErrorClosure closure, ErrorStatus... from) {
        int updated = jdbc.sql("""
                UPDATE sync_error SET status = :to, closed_by = :by, closed_at = :at, close_reason = :reason
                WHERE id = :id AND status IN (:from)""")
                .param("to", to.name())
                .param("by", closure == null ? null : clip(closure.by(), 200))
                .param("at", closure == null ? null : ts(closure.at()))
                .param("reason", closure == null ? null : clip(closure.reason(), 2000))
                .param("id", errorId)
                .param("from", Arrays.stream(from).map(Enum::name).toList())
                .update();
        requireUpdated(updated, errorId, operation);
    }

    private void requireUpdated(int updated, long errorId, String operation) {
        if (updated == 0) {
            SyncError error = find(errorId).orElseThrow(() -> new NoSuchElementException("no error " + errorId));
            throw new IllegalStateException("cannot " + operation + " error " + errorId + ": it is " + error.status());
        }
    }

    private static SyncError toError(ResultSet rs) throws SQLException {
        ErrorStatus status = ErrorStatus.valueOf(rs.getString("status"));
        String closedBy = rs.getString("closed_by");
        Optional<ErrorClosure> closure = closedBy == null ? Optional.empty()
                : Optional.of(new ErrorClosure(closedBy, rs.getString("close_reason"), SqlTime.instant(rs, "closed_at")));
        return new SyncError(rs.getLong("id"), ChangeEventCodec.decode(rs.getString("event_payload")), failure(rs),
                rs.getInt("attempts"), SqlTime.instant(rs, "failed_at"), status, closure);
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
