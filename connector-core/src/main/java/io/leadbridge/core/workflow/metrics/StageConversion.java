package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.FunnelStage;

/** Of the people who reached {@code from}, how many went on to reach {@code to}. */
public record StageConversion(FunnelStage from, FunnelStage to, long reached, long converted) {

    /** Converted share from 0 to 1; zero when nobody reached {@code from}. */
    public double rate() {
        return reached == 0 ? 0.0 : (double) converted / reached;
    }
}
