package io.leadbridge.core.workflow.sla;

/** Which part of the workflow a durable timer belongs to; each part claims and fires only its own timers. */
public enum TimerFamily {
    /** Reminders and breaches of the speed-to-lead and AE-acceptance clocks. */
    SLA,
    /** The steps and the end of a person's SDR cadence. */
    CADENCE
}
