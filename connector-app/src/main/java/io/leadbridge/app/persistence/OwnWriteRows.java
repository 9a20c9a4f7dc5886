package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code own_write} table by field key, shared by the people and company echo memories: one row per record
 * and field with the SHA-256 fingerprint of the value Leadbridge last wrote there, never the value. Each call runs
 * in one transaction.
 */
final class OwnWriteRows {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OwnWriteRows(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    Map<String, OwnWrite> lastWritten(ExternalRef target) {
        Objects.requireNonNull(target, "target");
        Map<String, OwnWrite> written = new HashMap<>();
        jdbc.sql("""
                SELECT field_key, fingerprint, written_at, crm_modified_at FROM own_write
                WHERE system = ? AND object_type = ? AND record_id = ?""")
                .params(target.system().name(), target.objectType(), target.id())
                .query(rs -> {
                    written.put(rs.getString("field_key"), new OwnWrite(
                            new ValueFingerprint(rs.getString("fingerprint")), SqlTime.instant(rs, "written_at"),
                            Optional.ofNullable(SqlTime.instant(rs, "crm_modified_at"))));
                });
        return written;
    }

    /** @param crmModifiedAt the CRM's time of the version the write produced; empty when unknown */
    void remember(ExternalRef target, Map<String, String> changes, Instant writtenAt, Optional<Instant> crmModifiedAt) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writtenAt, "writtenAt");
        OffsetDateTime crmTime = crmModifiedAt.map(SqlTime::ts).orElse(null);
        tx.executeWithoutResult(status -> changes.forEach((field, value) ->
                upsert(target, field, ValueFingerprint.of(value), writtenAt, crmTime)));
    }

    /** As {@link #remember}, from fingerprints (of values intended before the write, see V23). */
    void rememberFingerprints(ExternalRef target, Map<String, ValueFingerprint> written, Instant writtenAt) {
        Objects.requireNonNull(target, "target");
        tx.executeWithoutResult(status -> written.forEach((field, fingerprint) ->
                upsert(target, field, fingerprint, writtenAt, null)));
    }

    void forget(ExternalRef target, Set<String> fields) {
        Objects.requireNonNull(target, "target");
        tx.executeWithoutResult(status -> fields.forEach(field -> jdbc.sql("""
                DELETE FROM own_write WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                .params(target.system().name(), target.objectType(), target.id(), field)
                .update()));
    }

    private void upsert(ExternalRef target, String field, ValueFingerprint fingerprint, Instant writtenAt,
                        OffsetDateTime crmModifiedAt) {
        int updated = jdbc.sql("""
                UPDATE own_write SET fingerprint = ?, written_at = ?, crm_modified_at = ?
                WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                .params(fingerprint.hex(), ts(writtenAt), crmModifiedAt, target.system().name(), target.objectType(),
                        target.id(), field)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO own_write (system, object_type, record_id, field_key, fingerprint, written_at,
                                           crm_modified_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(target.system().name(), target.objectType(), target.id(), field, fingerprint.hex(),
                            ts(writtenAt), crmModifiedAt)
                    .update();
        }
    }
}
