package io.leadbridge.app.persistence;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.conflict.PersonSnapshotStore;
import io.leadbridge.core.model.ExternalRef;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonSnapshotStore} on the {@code person_snapshot} table. A snapshot replaces the stored one in one
 * conditional {@code UPDATE} (never moving {@code changed_at} backwards), or is inserted when the record has none.
 */
public class JdbcPersonSnapshotStore implements PersonSnapshotStore {

    private final SnapshotRows rows;

    public JdbcPersonSnapshotStore(JdbcClient jdbc) {
        this.rows = new SnapshotRows(jdbc, "person_snapshot");
    }

    @Override
    public Optional<PersonSnapshot> find(ExternalRef ref) {
        return rows.find(ref).map(row -> new PersonSnapshot(ref, PersonFieldsJson.decode(row.fields()),
                row.changedAt()));
    }

    @Override
    public boolean remember(PersonSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return rows.remember(snapshot.ref(), PersonFieldsJson.encode(snapshot.person()), snapshot.changedAt());
    }
}
