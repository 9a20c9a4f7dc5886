package io.leadbridge.core.routing;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * The durable round-robin counts per team member, shared by every instance so that the rotation stays fair across
 * restarts and scale-out.
 *
 * <p><b>Contract:</b> {@link #assign} reads the team's loads, lets {@code choose} pick a member, and records one
 * assignment to that member, all atomically: two instances assigning in the same team at the same time never both
 * see the same loads. <b>Threading:</b> safe for concurrent use. <b>Failures:</b> a storage failure throws; nothing
 * is recorded then.
 */
public interface RoundRobinLedger {

    /**
     * @param day    the day whose assignments count against daily capacity
     * @param choose picks an owner from the loads (owner email to load; members with no assignment are absent)
     * @return {@code choose}'s answer; its owner, if any, has been recorded
     */
    RoundRobinChoice assign(String team, LocalDate day, Function<Map<String, MemberLoad>, RoundRobinChoice> choose);
}
