package io.leadbridge.core.workflow.sla;

/** How an SLA clock ended, or that it ran out. */
public enum SlaResult {
    /** Stopped before its breach. */
    MET,
    /** Stopped after its breach had fired: the late first touch or decision is still measured. */
    MET_LATE,
    /** Ran out. */
    BREACHED
}
