package io.leadbridge.app.workflow;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaEvent;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link FunnelLedger} on the append-only {@code funnel_transition} and {@code sla_event} tables (V12). */
public class JdbcFunnelLedger implements FunnelLedger {

    private static final String TRANSITION_COLUMNS =
            "person_id, from_stage, to_stage, moved_at, cause, reason, sdr_email, ae_email";

    private final JdbcClient jdbc;

    public JdbcFunnelLedger(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void record(PersonTransition move) {
        StageTransition t = move.transition();
        jdbc.sql("INSERT INTO funnel_transition (" + TRANSITION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(move.person().toString(), t.from().name(), t.to().name(), ts(t.at()), t.cause(), t.reason(),
                        move.sdrEmail().orElse(null), move.aeEmail().orElse(null))
                .update();
    }

    @Override
    public void record(SlaEvent event) {
        jdbc.sql("""
                INSERT INTO sla_event (person_id, sla_kind, result, owner_email, started_at, ended_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.person().toString(), event.kind().name(), event.result().name(), event.ownerEmail(),
                        ts(event.startedAt()), ts(event.at()))
                .update();
    }

    @Override
    public List<PersonTransition> transitionsSince(Instant since) {
        return jdbc.sql("SELECT " + TRANSITION_COLUMNS + " FROM funnel_transition WHERE moved_at >= ? "
                        + "ORDER BY moved_at, id")
                .param(ts(since))
                .query((rs, row) -> transition(rs))
                .list();
    }

    @Override
    public List<SlaEvent> slaEventsSince(Instant since) {
        return jdbc.sql("""
                SELECT person_id, sla_kind, result, owner_email, started_at, ended_at
                FROM sla_event WHERE ended_at >= ? ORDER BY ended_at, id""")
                .param(ts(since))
                .query((rs, row) -> new SlaEvent(PersonId.parse(rs.getString("person_id")),
                        SlaKind.valueOf(rs.getString("sla_kind")), SlaResult.valueOf(rs.getString("result")),
                        rs.getString("owner_email"), SqlTime.instant(rs, "started_at"),
                        SqlTime.instant(rs, "ended_at")))
                .list();
    }

    @Override
    public List<PersonTransition> transitionsOf(PersonId person) {
        return jdbc.sql("SELECT " + TRANSITION_COLUMNS + " FROM funnel_transition WHERE person_id = ? "
                        + "ORDER BY moved_at, id")
                .param(person.toString())
                .query((rs, row) -> transition(rs))
                .list();
    }

    private static PersonTransition transition(ResultSet rs) throws SQLException {
        return new PersonTransition(PersonId.parse(rs.getString("person_id")),
                new StageTransition(FunnelStage.valueOf(rs.getString("from_stage")),
                        FunnelStage.valueOf(rs.getString("to_stage")), SqlTime.instant(rs, "moved_at"),
                        rs.getString("cause"), rs.getString("reason")),
                Optional.ofNullable(rs.getString("sdr_email")), Optional.ofNullable(rs.getString("ae_email")));
    }
}
