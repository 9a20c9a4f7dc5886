package io.leadbridge.core.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The one place that decides which funnel moves are allowed. */
public final class FunnelTransitions {

    private static final Set<FunnelStage> RECYCLE_TARGETS = EnumSet.of(FunnelStage.NEW, FunnelStage.WORKING);

    private FunnelTransitions() {
    }

    /**
     * Checks a move and returns it as a recorded transition.
     *
     * @throws IllegalStageTransitionException naming both stages and the rule that forbids the move
     */
    public static StageTransition move(FunnelStage from, FunnelStage to, Instant at, String cause, String reason) {
        String refusal = refusal(from, to);
        if (refusal != null) {
            throw new IllegalStageTransitionException(from, to, refusal);
        }
        return new StageTransition(from, to, at, cause, reason);
    }

    public static boolean allowed(FunnelStage from, FunnelStage to) {
        return refusal(from, to) == null;
    }

    /** Why the move is not allowed, in plain language; empty when it is allowed. */
    public static Optional<String> whyNot(FunnelStage from, FunnelStage to) {
        return Optional.ofNullable(refusal(from, to));
    }

    private static String refusal(FunnelStage from, FunnelStage to) {
        if (from == to) {
            return "a person is already in " + to;
        }
        if (from == FunnelStage.CUSTOMER) {
            return "customers leave the funnel; they are not moved by sales-development rules";
        }
        if (to == FunnelStage.DISQUALIFIED || to == FunnelStage.NURTURE) {
            return null;
        }
        if (!from.onMainLine()) {
            return RECYCLE_TARGETS.contains(to) || to == FunnelStage.MQL
                    ? null
                    : "a " + from + " person re-enters the funnel at NEW, WORKING or MQL";
        }
        if (to.rank() > from.rank()) {
            return null;
        }
        return RECYCLE_TARGETS.contains(to) && from.rank() >= FunnelStage.MQL.rank()
                ? null
                : "moving back from " + from + " is only a recycle to NEW or WORKING";
    }
}
