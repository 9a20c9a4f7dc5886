package io.leadbridge.core.audit;

/** The families of entries in a person's {@link AuditTrail}; the admin timeline filters on them. */
public enum AuditKind {
    /** Which system's value a field takes, under which ownership rule. */
    FIELD_DECISION,
    /** A record written to a CRM (created, updated, converted). */
    WRITE,
    /** Which records were matched as this person, and how. */
    IDENTITY,
    /** A funnel stage or status change. */
    STATUS,
    /** A touch mirrored into the other CRM. */
    TOUCH,
    /** A note written on the person's record (SDR context, handoff). */
    NOTE,
    /** A qualification outcome: score, MQL/SQL, disqualification. */
    QUALIFICATION,
    /** An owner chosen by the routing rules. */
    ROUTING,
    /** An SLA timer started, reminded, met or breached. */
    SLA,
    /** A cadence step matched, advanced, stopped or finished. */
    CADENCE,
    /** A handoff to an AE, an acceptance or a rejection. */
    HANDOFF,
    /** A failure kept in the error queue, a retry or a dismissal. */
    ERROR,
    /** A person's record linked to a company (lead-to-account by email domain), or found already linked. */
    ASSOCIATION
}
