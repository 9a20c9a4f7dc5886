package io.leadbridge.core.routing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A single-process ledger for routing tests; the durable one is tested in the app against H2 and PostgreSQL. */
public final class InMemoryRoundRobinLedger implements RoundRobinLedger {

    private final Map<String, Map<String, long[]>> byTeam = new HashMap<>();

    @Override
    public synchronized RoundRobinChoice assign(String team, LocalDate day,
                                                Function<Map<String, MemberLoad>, RoundRobinChoice> choose) {
        Map<String, long[]> counts = byTeam.computeIfAbsent(team, t -> new HashMap<>());
        Map<String, MemberLoad> loads = new HashMap<>();
        counts.forEach((owner, c) -> loads.put(owner, new MemberLoad(c[0], c[1] == day.toEpochDay() ? (int) c[2] : 0)));
        RoundRobinChoice choice = choose.apply(loads);
        choice.owner().ifPresent(owner -> {
            long[] c = counts.computeIfAbsent(owner, o -> new long[] {0, day.toEpochDay(), 0});
            c[2] = c[1] == day.toEpochDay() ? c[2] + 1 : 1;
            c[1] = day.toEpochDay();
            c[0]++;
        });
        return choice;
    }
}
