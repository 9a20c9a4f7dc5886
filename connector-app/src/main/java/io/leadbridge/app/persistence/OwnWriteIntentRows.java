package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code own_write_intent} table (V23, ADR 0032): people field values about to be written, as fingerprints, by
 * the source record whose change they belong to; a create's target is found by the fingerprint of its email.
 */
final class OwnWriteIntentRows {

    private static final String COLUMNS = """
            source_system, source_type, source_id, field_key, fingerprint, target_system, target_type, target_id,
            email_fingerprint, intended_at""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OwnWriteIntentRows(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    void intend(List<IntendedWrite> writes) {
        tx.executeWithoutResult(status -> writes.forEach(this::upsert));
    }

    List<IntendedWrite> towards(ExternalRef record, Optional<String> email) {
        Objects.requireNonNull(record, "record");
        Optional<String> emailHex = email.filter(e -> !e.isBlank())
                .map(e -> IntendedWrite.emailFingerprint(e).hex());
        List<IntendedWrite> byId = jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM own_write_intent WHERE target_system = ? AND target_id = ? AND target_type = ?""")
                .params(record.system().name(), record.id(), record.objectType())
                .query(OwnWriteIntentRows::intent).list();
        if (emailHex.isEmpty()) {
            return byId;
        }
        List<IntendedWrite> byEmail = jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM own_write_intent WHERE target_system = ? AND email_fingerprint = ? AND target_id IS NULL""")
                .params(record.system().name(), emailHex.get())
                .query(OwnWriteIntentRows::intent).list();
        return byEmail.isEmpty() ? byId : Stream.concat(byId.stream(), byEmail.stream()).toList();
    }

    List<IntendedWrite> by(ExternalRef source) {
        Objects.requireNonNull(source, "source");
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM own_write_intent WHERE source_system = ? AND source_type = ? AND source_id = ?""")
                .params(source.system().name(), source.objectType(), source.id())
                .query(OwnWriteIntentRows::intent).list();
    }

    void drop(ExternalRef source) {
        jdbc.sql("DELETE FROM own_write_intent WHERE source_system = ? AND source_type = ? AND source_id = ?")
                .params(source.system().name(), source.objectType(), source.id())
                .update();
    }

    private void upsert(IntendedWrite write) {
        ExternalRef source = write.source();
        String target = write.target().map(ExternalRef::id).orElse(null);
        String targetType = write.target().map(ExternalRef::objectType).orElse(null);
        String email = write.email().map(ValueFingerprint::hex).orElse(null);
        int updated = jdbc.sql("""
                UPDATE own_write_intent SET target_system = ?, target_type = ?, target_id = ?, email_fingerprint = ?,
                                            intended_at = ?
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND field_key = ? AND fingerprint = ?""")
                .params(write.targetSystem().name(), targetType, target, email, ts(write.intendedAt()),
                        source.system().name(), source.objectType(), source.id(), write.field().key(),
                        write.fingerprint().hex())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO own_write_intent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(source.system().name(), source.objectType(), source.id(), write.field().key(),
                            write.fingerprint().hex(), write.targetSystem().name(), targetType, target, email,
                            ts(write.intendedAt()))
                    .update();
        }
    }

    private static IntendedWrite intent(ResultSet rs, int row) throws SQLException {
        CrmSystem targetSystem = CrmSystem.valueOf(rs.getString("target_system"));
        String targetId = rs.getString("target_id");
        Optional<ExternalRef> target = targetId == null ? Optional.empty()
                : Optional.of(new ExternalRef(targetSystem, rs.getString("target_type"), targetId));
        String email = rs.getString("email_fingerprint");
        String fieldKey = rs.getString("field_key");
        PersonField field = PersonField.fromKey(fieldKey).orElseThrow(() -> new IllegalStateException(
                "own_write_intent holds an unknown field key " + fieldKey));
        return new IntendedWrite(new ExternalRef(CrmSystem.valueOf(rs.getString("source_system")),
                rs.getString("source_type"), rs.getString("source_id")), target,
                Optional.ofNullable(email).map(ValueFingerprint::new), field,
                new ValueFingerprint(rs.getString("fingerprint")), SqlTime.instant(rs, "intended_at"));
    }
}
