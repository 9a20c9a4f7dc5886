package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The columns an {@code own_write} row is inserted with. */
    private static final int INSERTED_COLUMNS = 7;

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
        List<FieldWrite> writes = new ArrayList<>();
        changes.forEach((field, value) -> writes.add(new FieldWrite(field, ValueFingerprint.of(value), writtenAt,
                crmTime)));
        tx.executeWithoutResult(status -> upsertAll(target, writes));
    }

    /**
     * As {@link #remember}, from fingerprints of values intended before the write (see V23), each as of when it was
     * intended; of several for one field, the last intended is kept.
     */
    void rememberFingerprints(ExternalRef target, List<WriteIntentRows.Row> intended) {
        Objects.requireNonNull(target, "target");
        Map<String, FieldWrite> latest = new LinkedHashMap<>();
        intended.stream().sorted(Comparator.comparing(WriteIntentRows.Row::intendedAt)).forEach(row ->
                latest.put(row.fieldKey(), new FieldWrite(row.fieldKey(), row.fingerprint(), row.intendedAt(), null)));
        tx.executeWithoutResult(status -> upsertAll(target, latest.values()));
    }

    void forget(ExternalRef target, Set<String> fields) {
        Objects.requireNonNull(target, "target");
        tx.executeWithoutResult(status -> fields.forEach(field -> jdbc.sql("""
                DELETE FROM own_write WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                .params(target.system().name(), target.objectType(), target.id(), field)
                .update()));
    }

    /**
     * The fields already stored are updated one by one, the others inserted in one statement: each field of a
     * create was an UPDATE finding no row and then an INSERT. Callers hold a transaction and give each field once.
     */
    private void upsertAll(ExternalRef target, Collection<FieldWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        Set<String> stored = new HashSet<>(jdbc.sql("""
                SELECT field_key FROM own_write WHERE system = ? AND object_type = ? AND record_id = ?""")
                .params(target.system().name(), target.objectType(), target.id())
                .query(String.class).list());
        List<Object> inserted = new ArrayList<>();
        int rows = 0;
        for (FieldWrite write : writes) {
            if (stored.contains(write.field())) {
                jdbc.sql("""
                        UPDATE own_write SET fingerprint = ?, written_at = ?, crm_modified_at = ?
                        WHERE system = ? AND object_type = ? AND record_id = ? AND field_key = ?""")
                        .params(write.fingerprint().hex(), ts(write.writtenAt()), write.crmModifiedAt(),
                                target.system().name(), target.objectType(), target.id(), write.field())
                        .update();
            } else {
                inserted.addAll(Arrays.asList(target.system().name(), target.objectType(), target.id(),
                        write.field(), write.fingerprint().hex(), ts(write.writtenAt()), write.crmModifiedAt()));
                rows++;
            }
        }
        if (rows > 0) {
            jdbc.sql("""
                    INSERT INTO own_write (system, object_type, record_id, field_key, fingerprint, written_at,
                                           crm_modified_at)
                    VALUES""" + " " + SqlPlaceholders.rows(rows, INSERTED_COLUMNS))
                    .params(inserted)
                    .update();
        }
    }

    private record FieldWrite(String field, ValueFingerprint fingerprint, Instant writtenAt,
                              OffsetDateTime crmModifiedAt) {
    }
}
