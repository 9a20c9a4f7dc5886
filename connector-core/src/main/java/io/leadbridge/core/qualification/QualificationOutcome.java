package io.leadbridge.core.qualification;

import io.leadbridge.core.model.FunnelStage;
import java.util.Optional;

/** Where the qualification rules send a person. */
public enum QualificationOutcome {
    /** Meets the SQL criteria: ready for an AE. */
    SQL(FunnelStage.SQL),
    /** Meets the MQL criteria: ready for an SDR. */
    MQL(FunnelStage.MQL),
    /** Meets neither yet; stays where it is. */
    NOT_YET_QUALIFIED(null),
    /** Not a target, with a reason. */
    DISQUALIFIED(FunnelStage.DISQUALIFIED),
    /** Not now: back to marketing. */
    NURTURE(FunnelStage.NURTURE),
    /** A partner's customer or prospect: routed to the partner queue, funnel stage unchanged. */
    PARTNER_QUEUE(null);

    private final FunnelStage stage;

    QualificationOutcome(FunnelStage stage) {
        this.stage = stage;
    }

    /** The funnel stage this outcome moves the person to, if any. */
    public Optional<FunnelStage> stage() {
        return Optional.ofNullable(stage);
    }
}
