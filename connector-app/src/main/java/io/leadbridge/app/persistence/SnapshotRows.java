package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A snapshot table ({@code person_snapshot}, {@code company_snapshot}): one row per CRM record with its canonical
 * fields as JSON text and {@code changed_at}. A row is replaced in one conditional {@code UPDATE} that never moves
 * {@code changed_at} backwards, or inserted when the record has none.
 */
final class SnapshotRows {

    /** A stored row. */
    record Row(String fields, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final String table;

    /** @param table one of the snapshot tables of the schema, never input */
    SnapshotRows(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    Optional<Row> find(ExternalRef ref) {
        Objects.requireNonNull(ref, "ref");
        return jdbc.sql("SELECT fields, changed_at FROM " + table
                        + " WHERE system = ? AND object_type = ? AND record_id = ?")
                .params(ref.system().name(), ref.objectType(), ref.id())
                .query((rs, row) -> new Row(rs.getString("fields"), SqlTime.instant(rs, "changed_at")))
                .optional();
    }

    /**
     * Stores the row unless one with a later {@code changed_at} is stored; returns whether it did. A record's first
     * row takes two statements: the INSERT carries its own NOT EXISTS instead of a look-up before it.
     */
    boolean remember(ExternalRef ref, String fields, Instant changedAt) {
        int replaced = jdbc.sql("UPDATE " + table + " SET fields = ?, changed_at = ?"
                        + " WHERE system = ? AND object_type = ? AND record_id = ? AND changed_at <= ?")
                .params(fields, ts(changedAt), ref.system().name(), ref.objectType(), ref.id(), ts(changedAt))
                .update();
        if (replaced > 0) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO " + table + " (system, object_type, record_id, fields, changed_at)"
                            + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM " + table
                            + " WHERE system = ? AND object_type = ? AND record_id = ?)")
                    .params(ref.system().name(), ref.objectType(), ref.id(), fields, ts(changedAt),
                            ref.system().name(), ref.objectType(), ref.id())
                    .update() > 0;
        } catch (DuplicateKeyException raced) {
            return remember(ref, fields, changedAt);
        }
    }
}
