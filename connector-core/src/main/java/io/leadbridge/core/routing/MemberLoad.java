package io.leadbridge.core.routing;

/**
 * What a team member has been assigned by round robin.
 *
 * @param assignedTotal ever, in this team: the fairness measure
 * @param assignedToday on the day asked about: the capacity measure
 */
public record MemberLoad(long assignedTotal, int assignedToday) {

    public static final MemberLoad NONE = new MemberLoad(0, 0);
}
