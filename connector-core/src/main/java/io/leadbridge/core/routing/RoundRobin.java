package io.leadbridge.core.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weighted round robin: of the members available today (not out of office, under their daily capacity), the one
 * with the fewest assignments per unit of weight gets the lead; ties go to the member listed first. Over time each
 * member's share of the team's leads follows their weight. A member new to the team starts at zero and so catches
 * up first.
 */
public final class RoundRobin {

    private RoundRobin() {
    }

    public static RoundRobinChoice choose(String team, List<TeamMember> members, Map<String, MemberLoad> loads,
                                          LocalDate today) {
        TeamMember best = null;
        double bestRatio = Double.MAX_VALUE;
        List<String> skipped = new ArrayList<>();
        for (TeamMember member : members) {
            MemberLoad load = loads.getOrDefault(member.owner(), MemberLoad.NONE);
            Optional<String> unavailable = member.unavailable(today, load);
            if (unavailable.isPresent()) {
                skipped.add(unavailable.get());
                continue;
            }
            double ratio = (double) load.assignedTotal() / member.weight();
            if (ratio < bestRatio) {
                best = member;
                bestRatio = ratio;
            }
        }
        String skips = skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")";
        if (best == null) {
            return new RoundRobinChoice(Optional.empty(), "nobody in team " + team + " can take the lead today"
                    + skips);
        }
        MemberLoad load = loads.getOrDefault(best.owner(), MemberLoad.NONE);
        return new RoundRobinChoice(Optional.of(best.owner()), "weighted round robin in team " + team + ": "
                + best.owner() + " has the fewest leads for their weight (" + load.assignedTotal() + " so far, weight "
                + best.weight() + ")" + skips);
    }
}
