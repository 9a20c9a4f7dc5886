package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link IdMappingStore} on the {@code id_map} table; its primary key makes a record belong to one person. */
public class JdbcIdMappingStore implements IdMappingStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public JdbcIdMappingStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<PersonId> find(ExternalRef ref) {
        return jdbc.sql("SELECT person_id FROM id_map WHERE system = ? AND object_type = ? AND record_id = ?")
                .params(ref.system().name(), ref.objectType(), ref.id())
                .query(String.class).optional().map(PersonId::parse);
    }

    @Override
    public Optional<ExternalRef> refIn(PersonId person, CrmSystem system) {
        return jdbc.sql("SELECT object_type, record_id FROM id_map WHERE person_id = ? AND system = ?")
                .params(person.toString(), system.name())
                .query((rs, row) -> new ExternalRef(system, rs.getString("object_type"), rs.getString("record_id")))
                .optional();
    }

    @Override
    public PersonId personFor(ExternalRef ref) {
        Optional<PersonId> known = find(ref);
        if (known.isPresent()) {
            return known.get();
        }
        PersonId fresh = PersonId.newId();
        try {
            insert(fresh, ref);
            return fresh;
        } catch (DuplicateKeyException raced) {
            return find(ref).orElseThrow(() -> raced);
        }
    }

    @Override
    public void link(PersonId person, ExternalRef ref) {
        tx.executeWithoutResult(status -> {
            Optional<PersonId> owner = find(ref);
            if (owner.isPresent()) {
                if (!owner.get().equals(person)) {
                    throw new IllegalStateException(ref + " already belongs to person " + owner.get());
                }
                return;
            }
            jdbc.sql("DELETE FROM id_map WHERE person_id = ? AND system = ?")
                    .params(person.toString(), ref.system().name()).update();
            insert(person, ref);
        });
    }

    @Override
    public void unlink(ExternalRef ref) {
        jdbc.sql("DELETE FROM id_map WHERE system = ? AND object_type = ? AND record_id = ?")
                .params(ref.system().name(), ref.objectType(), ref.id()).update();
    }

    private void insert(PersonId person, ExternalRef ref) {
        jdbc.sql("INSERT INTO id_map (system, object_type, record_id, person_id, linked_at) VALUES (?, ?, ?, ?, ?)")
                .params(ref.system().name(), ref.objectType(), ref.id(), person.toString(), ts(clock.instant()))
                .update();
    }
}
