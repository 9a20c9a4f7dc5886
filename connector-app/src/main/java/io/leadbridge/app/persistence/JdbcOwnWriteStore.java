package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link OwnWriteStore} on the {@code own_write} table: one row per record and field, holding the SHA-256
 * fingerprint of the value Leadbridge last wrote there, never the value. Each call runs in one transaction.
 */
public class JdbcOwnWriteStore implements OwnWriteStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcOwnWriteStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Map<PersonField, OwnWrite> lastWritten(ExternalRef target) {
        Objects.requireNonNull(target, "target");
        Map<PersonField, OwnWrite> written = new EnumMap<>(PersonField.class);
        jdbc.sql("""
                SELECT field_key, fingerprint, written_at FROM own_write
                WHERE system = ? AND object_type = ? AND record_id = ?""")
                .params(target.system().name(), target.objectType(), target.id())
                .query(rs -> {
                    Optional<PersonField> field = PersonField.fromKey(rs.getString("field_key"));
                    if (field.isPresent()) {
                        written.put(field.get(), new OwnWrite(new ValueFingerprint(rs.getString("fingerprint")),
                                SqlTime.instant(rs, "written_at")));
                    }
                });
        return Map.copyOf(written);
    }

    @Override
    public void remember(ExternalRef target, Map<PersonField, String> changes, Instant writtenAt) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writtenAt, "writtenAt");
        tx.executeWithoutResult(status -> changes.forEach((field, value) ->
                upsert(target, field, ValueFingerprint.of(value), writtenAt)));
    }

    @Override
    public void forget(ExternalRef target, Set<PersonField> fields) {
        Objects.requireNonNull(target, "target");
        tx.executeWithoutResult(status -> fields.forEach(field -> jdbc.sql("""
                DELETE FROM own_write WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                .params(target.system().name(), target.objectType(), target.id(), field.key())
                .update()));
    }

    private void upsert(ExternalRef target, PersonField field, ValueFingerprint fingerprint, Instant writtenAt) {
        int updated = jdbc.sql("""
                UPDATE own_write SET fingerprint = ?, written_at = ?
                WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                .params(fingerprint.hex(), ts(writtenAt), target.system().name(), target.objectType(), target.id(),
                        field.key())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO own_write (system, object_type, record_id, field_key, fingerprint, written_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(target.system().name(), target.objectType(), target.id(), field.key(), fingerprint.hex(),
                            ts(writtenAt))
                    .update();
        }
    }
}
