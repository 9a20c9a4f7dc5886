package io.leadbridge.app.persistence;

import io.leadbridge.core.routing.MemberLoad;
import io.leadbridge.core.routing.RoundRobinChoice;
import io.leadbridge.core.routing.RoundRobinLedger;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RoundRobinLedger} on the {@code round_robin_team} and {@code round_robin_member} tables (V11): an
 * assignment locks the team's row with {@code SELECT ... FOR UPDATE}, reads the members' counts, lets the core
 * choose and counts the choice, in one transaction, so concurrent instances take turns.
 */
public class JdbcRoundRobinLedger implements RoundRobinLedger {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcRoundRobinLedger(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public RoundRobinChoice assign(String team, LocalDate day,
                                   Function<Map<String, MemberLoad>, RoundRobinChoice> choose) {
        ensureTeamRow(team);
        return tx.execute(status -> {
            jdbc.sql("SELECT team FROM round_robin_team WHERE team = ? FOR UPDATE").param(team)
                    .query(String.class).single();
            Map<String, MemberLoad> loads = new HashMap<>();
            jdbc.sql("SELECT owner, assigned_total, assigned_day, assigned_on_day FROM round_robin_member"
                            + " WHERE team = ?").param(team)
                    .query((rs, row) -> {
                        LocalDate counted = rs.getDate("assigned_day").toLocalDate();
                        return Map.entry(rs.getString("owner"), new MemberLoad(rs.getLong("assigned_total"),
                                counted.equals(day) ? rs.getInt("assigned_on_day") : 0));
                    })
                    .list().forEach(entry -> loads.put(entry.getKey(), entry.getValue()));
            RoundRobinChoice choice = choose.apply(Map.copyOf(loads));
            choice.owner().ifPresent(owner -> count(team, owner, day, loads.get(owner)));
            return choice;
        });
    }

    private void count(String team, String owner, LocalDate day, MemberLoad before) {
        if (before == null) {
            jdbc.sql("INSERT INTO round_robin_member (team, owner, assigned_total, assigned_day, assigned_on_day)"
                    + " VALUES (?, ?, 1, ?, 1)").params(team, owner, Date.valueOf(day)).update();
            return;
        }
        jdbc.sql("UPDATE round_robin_member SET assigned_total = ?, assigned_day = ?, assigned_on_day = ?"
                        + " WHERE team = ? AND owner = ?")
                .params(before.assignedTotal() + 1, Date.valueOf(day), before.assignedToday() + 1, team, owner)
                .update();
    }

    private void ensureTeamRow(String team) {
        if (jdbc.sql("SELECT COUNT(*) FROM round_robin_team WHERE team = ?").param(team).query(Long.class)
                .single() > 0) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> jdbc.sql("INSERT INTO round_robin_team (team) VALUES (?)").param(team)
                    .update());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // the row exists now, which is all this needs
        }
    }
}
