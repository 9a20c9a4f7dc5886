package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.PlainDuration;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Decides an SLA clock's timers and what each timer does when it comes due. */
public final class SlaPolicy {

    private final SlaRules rules;

    public SlaPolicy(SlaRules rules) {
        this.rules = rules;
    }

    /** The reminder (when the rules ask for one) and the breach timer of a clock that starts at {@code startedAt}. */
    public List<WorkflowTimer> start(SlaKind kind, PersonId person, String ownerEmail, Instant startedAt) {
        SlaClockRules clock = rules.clock(kind);
        Instant breachAt = startedAt.plus(clock.within());
        List<WorkflowTimer> timers = new ArrayList<>(2);
        if (clock.reminds()) {
            timers.add(WorkflowTimer.of(person, TimerPurpose.reminderOf(kind), startedAt,
                    breachAt.minus(clock.remindBefore()), ownerEmail));
        }
        timers.add(WorkflowTimer.of(person, TimerPurpose.breachOf(kind), startedAt, breachAt, ownerEmail));
        return timers;
    }

    /** The commands a due timer stands for: a reminder task, or the breach actions the rules name. */
    public List<WorkflowCommand> onDue(WorkflowTimer timer) {
        SlaKind kind = timer.purpose().kind();
        Instant breachAt = timer.startedAt().plus(rules.clock(kind).within());
        if (!timer.purpose().breach()) {
            return List.of(new WorkflowCommand.CreateTask(timer.person(), timer.ownerEmail(),
                    "Reminder: " + what(kind) + " due by " + breachAt,
                    "The " + describe(kind) + " SLA runs out at " + breachAt + ".", breachAt));
        }
        String reason = "SLA missed: " + describe(kind) + " (" + PlainDuration.of(rules.clock(kind).within())
                + ") ran out at " + breachAt + " for " + timer.ownerEmail();
        List<WorkflowCommand> commands = new ArrayList<>();
        for (BreachAction action : rules.clock(kind).onBreach()) {
            commands.add(switch (action) {
                case TASK -> new WorkflowCommand.CreateTask(timer.person(), timer.ownerEmail(),
                        "Overdue: " + what(kind), reason, breachAt);
                case REASSIGN -> new WorkflowCommand.Reassign(timer.person(), timer.ownerEmail(), reason);
                case ESCALATE -> new WorkflowCommand.Escalate(timer.person(), rules.escalateTo().orElseThrow(),
                        timer.ownerEmail(), reason);
            });
        }
        return commands;
    }

    private static String what(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? "first touch of this new MQL" : "accept or reject this handoff";
    }

    private static String describe(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? "first touch within the speed-to-lead time after MQL"
                : "AE acceptance of the handoff";
    }
}
