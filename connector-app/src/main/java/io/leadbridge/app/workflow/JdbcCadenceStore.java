package io.leadbridge.app.workflow;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.workflow.cadence.CadenceOutcome;
import io.leadbridge.core.workflow.cadence.CadenceRun;
import io.leadbridge.core.workflow.cadence.CadenceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CadenceStore} on the {@code cadence_run} and {@code cadence_touch} tables (V16). A run or touch stored
 * twice hits the primary key and is reported as not new; a run ends with a compare-and-set on its outcome.
 */
public class JdbcCadenceStore implements CadenceStore {

    private static final String RUN_COLUMNS = "person_id, started_at, cadence, owner_email, outcome";

    private final JdbcClient jdbc;

    public JdbcCadenceStore(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean start(CadenceRun run) {
        try {
            jdbc.sql("INSERT INTO cadence_run (" + RUN_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                    .params(run.person().toString(), ts(run.startedAt()), run.cadence(), run.ownerEmail(),
                            run.outcome().name())
                    .update();
            return true;
        } catch (DuplicateKeyException startedBefore) {
            return false;
        }
    }

    @Override
    public Optional<CadenceRun> running(PersonId person) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM cadence_run WHERE person_id = ? AND outcome = 'RUNNING' "
                        + "ORDER BY started_at DESC")
                .param(person.toString())
                .query((rs, row) -> run(rs))
                .list().stream().findFirst();
    }

    @Override
    public Optional<CadenceRun> find(PersonId person, Instant startedAt) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM cadence_run WHERE person_id = ? AND started_at = ?")
                .params(person.toString(), ts(startedAt))
                .query((rs, row) -> run(rs))
                .optional();
    }

    @Override
    public boolean end(PersonId person, Instant startedAt, CadenceOutcome outcome, Instant at) {
        return jdbc.sql("""
                UPDATE cadence_run SET outcome = ?, ended_at = ?
                WHERE person_id = ? AND started_at = ? AND outcome = 'RUNNING'""")
                .params(outcome.name(), ts(at), person.toString(), ts(startedAt))
                .update() == 1;
    }

    @Override
    public boolean handOver(PersonId person, String fromOwner, String toOwner) {
        return jdbc.sql("""
                UPDATE cadence_run SET owner_email = ?
                WHERE person_id = ? AND owner_email = ? AND outcome = 'RUNNING'""")
                .params(toOwner, person.toString(), fromOwner)
                .update() > 0;
    }

    @Override
    public boolean recordTouch(PersonId person, Touch touch) {
        try {
            jdbc.sql("""
                    INSERT INTO cadence_touch (person_id, source_system, source_type, source_id, channel, direction,
                                               occurred_at, cadence_step)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(person.toString(), touch.source().system().name(), touch.source().objectType(),
                            touch.source().id(), touch.channel().name(), touch.direction().name(),
                            ts(touch.occurredAt()), touch.cadenceStep().orElse(null))
                    .update();
            return true;
        } catch (DuplicateKeyException recordedBefore) {
            return false;
        }
    }

    @Override
    public List<Touch> touchesOf(PersonId person) {
        return jdbc.sql("""
                SELECT source_system, source_type, source_id, channel, direction, occurred_at, cadence_step
                FROM cadence_touch WHERE person_id = ? ORDER BY occurred_at, source_id""")
                .param(person.toString())
                .query((rs, row) -> new Touch(new ExternalRef(CrmSystem.valueOf(rs.getString("source_system")),
                        rs.getString("source_type"), rs.getString("source_id")),
                        Touch.TouchChannel.valueOf(rs.getString("channel")),
                        Touch.TouchDirection.valueOf(rs.getString("direction")), SqlTime.instant(rs, "occurred_at"),
                        "", "", "", Optional.empty(), Optional.ofNullable(rs.getObject("cadence_step",
                        Integer.class))))
                .list();
    }

    private static CadenceRun run(ResultSet rs) throws SQLException {
        return new CadenceRun(PersonId.parse(rs.getString("person_id")), SqlTime.instant(rs, "started_at"),
                rs.getString("cadence"), rs.getString("owner_email"),
                CadenceOutcome.valueOf(rs.getString("outcome")));
    }
}
