package io.leadbridge.core.workflow.cadence;

/** Where a person's cadence stands. */
public enum CadenceOutcome {
    /** Steps are still to be made, or the breakup email's reply window is open. */
    RUNNING,
    /** The prospect answered: the cadence stops and the SDR works the conversation. */
    REPLIED,
    /** Every step including the breakup email was made and no reply came within the wait. */
    FINISHED_WITHOUT_REPLY
}
