package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.conflict.PersonSnapshotStore;
import io.leadbridge.core.model.ExternalRef;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonSnapshotStore} on the {@code person_snapshot} table. A snapshot replaces the stored one in one
 * conditional {@code UPDATE} (never moving {@code changed_at} backwards), or is inserted when the record has none.
 */
public class JdbcPersonSnapshotStore implements PersonSnapshotStore {

    private final JdbcClient jdbc;

    public JdbcPersonSnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonSnapshot> find(ExternalRef ref) {
        Objects.requireNonNull(ref, "ref");
        return jdbc.sql("""
                SELECT fields, changed_at FROM person_snapshot
                WHERE system = ? AND object_type = ? AND record_id = ?""")
                .params(ref.system().name(), ref.objectType(), ref.id())
                .query((rs, row) -> new PersonSnapshot(ref, PersonFieldsJson.decode(rs.getString("fields")),
                        SqlTime.instant(rs, "changed_at")))
                .optional();
    }

    @Override
    public boolean remember(PersonSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        ExternalRef ref = snapshot.ref();
        String fields = PersonFieldsJson.encode(snapshot.person());
        int replaced = jdbc.sql("""
                UPDATE person_snapshot SET fields = ?, changed_at = ?
                WHERE system = ? AND object_type = ? AND record_id = ? AND changed_at <= ?""")
                .params(fields, ts(snapshot.changedAt()), ref.system().name(), ref.objectType(), ref.id(),
                        ts(snapshot.changedAt()))
                .update();
        if (replaced > 0) {
            return true;
        }
        if (find(ref).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO person_snapshot (system, object_type, record_id, fields, changed_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(ref.system().name(), ref.objectType(), ref.id(), fields, ts(snapshot.changedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            return remember(snapshot);
        }
    }
}
