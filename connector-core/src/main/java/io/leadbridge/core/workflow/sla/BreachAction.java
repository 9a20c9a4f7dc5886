package io.leadbridge.core.workflow.sla;

/** What happens when an SLA clock runs out. */
public enum BreachAction {
    /** A CRM task for the owner who missed the SLA. */
    TASK,
    /** The person is taken from the owner and routed again. */
    REASSIGN,
    /** The manager named in {@code sla.escalate-to} is told. */
    ESCALATE
}
