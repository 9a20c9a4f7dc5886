package io.leadbridge.core.workflow.sla;

/** The two clocks of the SDR workflow. */
public enum SlaKind {
    /** From MQL to the SDR's first outbound touch (speed-to-lead). */
    FIRST_TOUCH,
    /** From the handoff at SQL to the AE accepting or rejecting the person. */
    AE_ACCEPTANCE
}
