package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.PlainDuration;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SLA clocks: starts them at MQL and at handoff, stops them at the first touch and at the AE's answer
 * (recording the time it took), and fires due reminders and breaches through {@link WorkflowActions}. What a
 * clock's timers are and what they do is {@link SlaPolicy}'s decision.
 */
public final class SlaTimers {

    private static final Logger log = LoggerFactory.getLogger(SlaTimers.class);

    private final SlaPolicy policy;
    private final TimerStore timers;
    private final WorkflowActions actions;
    private final FunnelLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lease;

    /**
     * @param lease how long a claimed timer is kept from other instances while it fires; longer than the slowest
     *              CRM write, short enough that a crashed instance's timers fire soon after
     */
    public SlaTimers(SlaPolicy policy, TimerStore timers, WorkflowActions actions, FunnelLedger ledger,
                     AuditTrail audit, Clock clock, Duration lease) {
        this.policy = policy;
        this.timers = timers;
        this.actions = actions;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.lease = lease;
    }

    /** Starts a clock; starting the same clock (person, kind, start time) again changes nothing. */
    public void start(SlaKind kind, PersonId person, String ownerEmail, Instant startedAt) {
        List<WorkflowTimer> planned = policy.start(kind, person, ownerEmail, startedAt);
        boolean added = false;
        for (WorkflowTimer timer : planned) {
            added |= timers.schedule(timer);
        }
        if (added) {
            WorkflowTimer breach = planned.get(planned.size() - 1);
            audit.record(List.of(AuditEntry.of(person, clock.instant(), AuditKind.SLA, ruleId(kind),
                    label(kind) + " clock started for " + ownerEmail + "; breach at " + breach.dueAt())));
        }
    }

    /**
     * Stops a clock at {@code at} (the first touch's time, the AE's answer) and records how long it ran. Empty
     * when the clock was not running, e.g. a second touch.
     */
    public Optional<SlaEvent> stop(PersonId person, SlaKind kind, Instant at) {
        Optional<StoppedClock> stopped = timers.stop(person, kind, at);
        return stopped.map(clockThatRan -> {
            SlaEvent event = new SlaEvent(person, kind, clockThatRan.breached() ? SlaResult.MET_LATE : SlaResult.MET,
                    clockThatRan.ownerEmail(), clockThatRan.startedAt(), at);
            ledger.record(event);
            audit.record(List.of(AuditEntry.of(person, clock.instant(), AuditKind.SLA, ruleId(kind),
                    label(kind) + (event.result() == SlaResult.MET ? " met" : " met late") + " after "
                            + PlainDuration.of(event.elapsed()) + " by " + event.ownerEmail())
                    .with(Map.of("elapsedSeconds", Long.toString(event.elapsed().toSeconds())))));
            return event;
        });
    }

    /** Fires up to {@code limit} due timers; a timer whose actions fail is fired again after the lease. */
    public FiringReport fireDue(int limit) {
        Instant now = clock.instant();
        int reminders = 0;
        int breaches = 0;
        int failed = 0;
        for (WorkflowTimer timer : timers.claimDue(TimerFamily.SLA, now, lease, limit)) {
            List<WorkflowCommand> commands = policy.onDue(timer);
            try {
                actions.perform(timer.key(), commands);
            } catch (RuntimeException failure) {
                failed++;
                log.warn("SLA timer {} for person {} failed to fire; it fires again after {}: {}", timer.purpose(),
                        timer.person(), lease, failure.toString());
                continue;
            }
            if (!timers.fired(timer.key(), now)) {
                continue;
            }
            SlaKind kind = timer.purpose().kind();
            if (timer.purpose().breach()) {
                breaches++;
                ledger.record(new SlaEvent(timer.person(), kind, SlaResult.BREACHED, timer.ownerEmail(),
                        timer.startedAt(), timer.dueAt()));
            } else {
                reminders++;
            }
            audit.record(List.of(AuditEntry.of(timer.person(), now, AuditKind.SLA, ruleId(kind),
                    label(kind) + (timer.purpose().breach() ? " breached by " : " reminder sent to ")
                            + timer.ownerEmail())
                    .with(Map.of("actions", commands.stream().map(c -> c.getClass().getSimpleName()).toList()
                            .toString()))));
        }
        return new FiringReport(reminders, breaches, failed);
    }

    private static String ruleId(SlaKind kind) {
        return "sla." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? "Speed-to-lead" : "AE acceptance";
    }

    /** What one {@link #fireDue} call did. */
    public record FiringReport(int reminders, int breaches, int failed) {

        public int fired() {
            return reminders + breaches;
        }
    }
}
