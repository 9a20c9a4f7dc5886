package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.AppliedVersionStore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link AppliedVersionStore} on the {@code applied_version} table. */
public class JdbcAppliedVersionStore implements AppliedVersionStore {

    private final JdbcClient jdbc;

    public JdbcAppliedVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastApplied(ExternalRef source) {
        return jdbc.sql("SELECT modified_at FROM applied_version WHERE system = ? AND object_type = ? AND record_id = ?")
                .params(source.system().name(), source.objectType(), source.id())
                .query((rs, row) -> SqlTime.instant(rs, "modified_at"))
                .optional();
    }

    /**
     * Moves a stored version forward, or stores the first one: two statements for a record seen the first time, one
     * for a later version (a look-up between them made it three for every new record of a backfill).
     */
    @Override
    public void record(ExternalRef source, Instant modifiedAt) {
        int moved = jdbc.sql("""
                UPDATE applied_version SET modified_at = ?
                WHERE system = ? AND object_type = ? AND record_id = ? AND modified_at < ?""")
                .params(ts(modifiedAt), source.system().name(), source.objectType(), source.id(), ts(modifiedAt))
                .update();
        if (moved > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO applied_version (system, object_type, record_id, modified_at)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (
                        SELECT 1 FROM applied_version WHERE system = ? AND object_type = ? AND record_id = ?)""")
                    .params(source.system().name(), source.objectType(), source.id(), ts(modifiedAt),
                            source.system().name(), source.objectType(), source.id())
                    .update();
        } catch (DuplicateKeyException raced) {
            record(source, modifiedAt);
        }
    }
}
