package io.leadbridge.app.workflow;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.StoppedClock;
import io.leadbridge.core.workflow.sla.TimerFamily;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.TimerStore;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TimerStore} on the {@code workflow_timer} table (V12). A claim reads the due candidates and takes each
 * with a compare-and-set {@code UPDATE ... WHERE status = 'PENDING'} (or an expired lease): the database's row
 * lock makes one of two racing instances update the row and the other update nothing, on H2 and PostgreSQL alike.
 * Cadence timers share the table under the clock name {@code CADENCE} (in {@code sla_kind}); each family claims
 * only its own.
 */
public class JdbcTimerStore implements TimerStore {

    private static final String CLAIMABLE = "(status = 'PENDING' OR (status = 'CLAIMED' AND lease_until < ?))";
    private static final String COLUMNS = "timer_key, person_id, purpose, owner_email, started_at, due_at";

    private final JdbcClient jdbc;

    public JdbcTimerStore(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean schedule(WorkflowTimer timer) {
        try {
            jdbc.sql("""
                    INSERT INTO workflow_timer (timer_key, person_id, purpose, sla_kind, owner_email, started_at,
                                                due_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                    .params(timer.key(), timer.person().toString(), timer.purpose().name(),
                            timer.purpose().clock(), timer.ownerEmail(), ts(timer.startedAt()),
                            ts(timer.dueAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException scheduledBefore) {
            return false;
        }
    }

    @Override
    public List<WorkflowTimer> claimDue(TimerFamily family, Instant now, Duration lease, int limit) {
        List<WorkflowTimer> candidates = jdbc.sql("SELECT " + COLUMNS + " FROM workflow_timer WHERE due_at <= ? AND "
                        + CLAIMABLE + " AND sla_kind " + (family == TimerFamily.CADENCE ? "=" : "<>") + " '"
                        + TimerPurpose.CADENCE_CLOCK + "' ORDER BY due_at, timer_key LIMIT ?")
                .params(ts(now), ts(now), limit)
                .query((rs, row) -> timer(rs))
                .list();
        List<WorkflowTimer> claimed = new ArrayList<>(candidates.size());
        for (WorkflowTimer candidate : candidates) {
            int won = jdbc.sql("UPDATE workflow_timer SET status = 'CLAIMED', lease_until = ? WHERE timer_key = ? AND "
                            + CLAIMABLE)
                    .params(ts(now.plus(lease)), candidate.key(), ts(now))
                    .update();
            if (won == 1) {
                claimed.add(candidate);
            }
        }
        return claimed;
    }

    @Override
    public boolean fired(String key, Instant at) {
        return jdbc.sql("UPDATE workflow_timer SET status = 'FIRED', fired_at = ? WHERE timer_key = ? "
                        + "AND status = 'CLAIMED'")
                .params(ts(at), key)
                .update() == 1;
    }

    @Override
    public Optional<StoppedClock> stop(PersonId person, SlaKind kind, Instant at) {
        String token = UUID.randomUUID().toString();
        int stopped = jdbc.sql("""
                UPDATE workflow_timer SET status = 'STOPPED', stopped_at = ?, stop_token = ?
                WHERE person_id = ? AND sla_kind = ? AND status <> 'STOPPED'""")
                .params(ts(at), token, person.toString(), kind.name())
                .update();
        if (stopped == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT MIN(started_at) AS started_at, MIN(owner_email) AS owner_email,
                       COUNT(CASE WHEN purpose LIKE '%BREACH' AND fired_at IS NOT NULL THEN 1 END) AS breaches
                FROM workflow_timer WHERE stop_token = ?""")
                .param(token)
                .query((rs, row) -> new StoppedClock(SqlTime.instant(rs, "started_at"), rs.getString("owner_email"),
                        rs.getLong("breaches") > 0))
                .optional();
    }

    @Override
    public int stopCadence(PersonId person, Instant at) {
        return jdbc.sql("""
                UPDATE workflow_timer SET status = 'STOPPED', stopped_at = ?
                WHERE person_id = ? AND sla_kind = ? AND status IN ('PENDING', 'CLAIMED')""")
                .params(ts(at), person.toString(), TimerPurpose.CADENCE_CLOCK)
                .update();
    }

    @Override
    public List<WorkflowTimer> pendingOf(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workflow_timer WHERE person_id = ? "
                        + "AND status IN ('PENDING', 'CLAIMED') ORDER BY due_at, timer_key")
                .param(person.toString())
                .query((rs, row) -> timer(rs))
                .list();
    }

    private static WorkflowTimer timer(ResultSet rs) throws SQLException {
        return new WorkflowTimer(rs.getString("timer_key"), PersonId.parse(rs.getString("person_id")),
                TimerPurpose.valueOf(rs.getString("purpose")), SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "due_at"), rs.getString("owner_email"));
    }
}
