package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.routing.RoundRobin;
import io.leadbridge.core.routing.RoundRobinChoice;
import io.leadbridge.core.routing.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V11 round-robin tables keep the rotation fair across a restart and between two instances assigning at once. */
abstract class JdbcRoundRobinLedgerContract {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-14");
    private static final List<TeamMember> TEAM = List.of(
            new TeamMember("anna@acme.example", 2, OptionalInt.empty(), List.of()),
            new TeamMember("louis@acme.example", 1, OptionalInt.empty(), List.of()));

    private MigratedDatabase db;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theRotationContinuesWhereItStoppedAfterARestart() {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            owners.add(assign(newInstance(), "emea"));
        }

        assertThat(owners).containsExactly("anna@acme.example", "louis@acme.example", "anna@acme.example");
        assertThat(assign(newInstance(), "emea")).isEqualTo("anna@acme.example");
        assertThat(assign(newInstance(), "emea")).isEqualTo("louis@acme.example");
    }

    @Test
    void dailyCapacityCountsOnlyTheDaysOwnAssignments() {
        List<TeamMember> capped = List.of(new TeamMember("maria@acme.example", 1, OptionalInt.of(1), List.of()));
        JdbcRoundRobinLedger ledger = newInstance();
        Function<LocalDate, RoundRobinChoice> assignOn = day -> ledger.assign("global", day,
                loads -> RoundRobin.choose("global", capped, loads, day));

        assertThat(assignOn.apply(MONDAY).owner()).contains("maria@acme.example");
        assertThat(assignOn.apply(MONDAY).owner()).isEmpty();
        assertThat(assignOn.apply(MONDAY.plusDays(1)).owner()).contains("maria@acme.example");
    }

    @Test
    void twoInstancesAssigningAtOnceKeepTheWeightsExactlyAndLoseNoCount() throws Exception {
        int perInstance = 30;
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<String>> instance = () -> {
            JdbcRoundRobinLedger ledger = newInstance();
            start.await();
            List<String> owners = new ArrayList<>();
            for (int i = 0; i < perInstance; i++) {
                owners.add(assign(ledger, "emea"));
            }
            return owners;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> first = pool.submit(instance);
            Future<List<String>> second = pool.submit(instance);
            start.countDown();
            List<String> all = new ArrayList<>(first.get());
            all.addAll(second.get());

            assertThat(all.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
                    .isEqualTo(Map.of("anna@acme.example", 40L, "louis@acme.example", 20L));
            assertThat(db.jdbc().sql("SELECT SUM(assigned_total) FROM round_robin_member WHERE team = 'emea'")
                    .query(Long.class).single()).isEqualTo(60L);
        } finally {
            pool.shutdownNow();
        }
    }

    private JdbcRoundRobinLedger newInstance() {
        return new JdbcRoundRobinLedger(db.jdbc(), db.tx());
    }

    private static String assign(JdbcRoundRobinLedger ledger, String team) {
        return ledger.assign(team, MONDAY, loads -> RoundRobin.choose(team, TEAM, loads, MONDAY)).owner().orElseThrow();
    }
}
