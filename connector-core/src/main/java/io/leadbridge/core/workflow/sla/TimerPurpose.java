package io.leadbridge.core.workflow.sla;

/**
 * Why a {@link WorkflowTimer} exists: a reminder before a breach, or the breach itself, of one SLA clock; or a step
 * of a cadence, or the check after a cadence's breakup email whether a reply came.
 */
public enum TimerPurpose {
    FIRST_TOUCH_REMINDER(SlaKind.FIRST_TOUCH, false),
    FIRST_TOUCH_BREACH(SlaKind.FIRST_TOUCH, true),
    AE_ACCEPTANCE_REMINDER(SlaKind.AE_ACCEPTANCE, false),
    AE_ACCEPTANCE_BREACH(SlaKind.AE_ACCEPTANCE, true),
    CADENCE_STEP(null, false),
    CADENCE_END(null, false);

    /** What {@link #clock()} names for a cadence timer. */
    public static final String CADENCE_CLOCK = "CADENCE";

    private final SlaKind kind;
    private final boolean breach;

    TimerPurpose(SlaKind kind, boolean breach) {
        this.kind = kind;
        this.breach = breach;
    }

    public TimerFamily family() {
        return kind == null ? TimerFamily.CADENCE : TimerFamily.SLA;
    }

    /** The SLA clock the timer belongs to; a cadence timer belongs to none. */
    public SlaKind kind() {
        if (kind == null) {
            throw new IllegalStateException(name() + " is a cadence timer, not part of an SLA clock");
        }
        return kind;
    }

    /** The clock's name as stored with the timer: the SLA kind, or {@link #CADENCE_CLOCK}. */
    public String clock() {
        return kind == null ? CADENCE_CLOCK : kind.name();
    }

    public boolean breach() {
        return breach;
    }

    public static TimerPurpose reminderOf(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? FIRST_TOUCH_REMINDER : AE_ACCEPTANCE_REMINDER;
    }

    public static TimerPurpose breachOf(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? FIRST_TOUCH_BREACH : AE_ACCEPTANCE_BREACH;
    }
}
