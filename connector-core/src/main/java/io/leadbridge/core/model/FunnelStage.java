package io.leadbridge.core.model;

/**
 * Where a person stands in the funnel. The main line runs NEW → WORKING → MQL → SQL → SAL → OPPORTUNITY
 * → CUSTOMER; DISQUALIFIED and NURTURE are the side exits. Which moves are allowed is decided in
 * {@link FunnelTransitions}, nowhere else.
 */
public enum FunnelStage {
    NEW(0),
    WORKING(1),
    MQL(2),
    SQL(3),
    SAL(4),
    OPPORTUNITY(5),
    CUSTOMER(6),
    DISQUALIFIED(-1),
    NURTURE(-1);

    private final int rank;

    FunnelStage(int rank) {
        this.rank = rank;
    }

    /** Position on the main line; side exits have none. */
    public boolean onMainLine() {
        return rank >= 0;
    }

    /** Whether this stage comes before {@code other} on the main line; false when either is a side exit. */
    public boolean isBefore(FunnelStage other) {
        return onMainLine() && other.onMainLine() && rank < other.rank;
    }

    int rank() {
        return rank;
    }
}
