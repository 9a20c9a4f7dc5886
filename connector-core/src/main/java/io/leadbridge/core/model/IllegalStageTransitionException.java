package io.leadbridge.core.model;

/** A funnel move the rules do not allow. */
public class IllegalStageTransitionException extends IllegalArgumentException {

    private final FunnelStage from;
    private final FunnelStage to;

    public IllegalStageTransitionException(FunnelStage from, FunnelStage to, String reason) {
        super("cannot move from " + from + " to " + to + ": " + reason);
        this.from = from;
        this.to = to;
    }

    public FunnelStage from() {
        return from;
    }

    public FunnelStage to() {
        return to;
    }
}
