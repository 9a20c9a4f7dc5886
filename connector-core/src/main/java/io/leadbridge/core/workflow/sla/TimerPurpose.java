package io.leadbridge.core.workflow.sla;

/** Why a {@link WorkflowTimer} exists: a reminder before a breach, or the breach itself, of one SLA clock. */
public enum TimerPurpose {
    FIRST_TOUCH_REMINDER(SlaKind.FIRST_TOUCH, false),
    FIRST_TOUCH_BREACH(SlaKind.FIRST_TOUCH, true),
    AE_ACCEPTANCE_REMINDER(SlaKind.AE_ACCEPTANCE, false),
    AE_ACCEPTANCE_BREACH(SlaKind.AE_ACCEPTANCE, true);

    private final SlaKind kind;
    private final boolean breach;

    TimerPurpose(SlaKind kind, boolean breach) {
        this.kind = kind;
        this.breach = breach;
    }

    public SlaKind kind() {
        return kind;
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
