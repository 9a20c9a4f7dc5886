package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.PlainDuration;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.TimerFamily;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.TimerStore;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due cadence timers: a step's timer puts the SDR's task for the step into {@link WorkflowActions}; the end
 * timer, once the breakup email's wait is over, checks the run's progress. Finished without a reply: the run ends,
 * the person moves to the cadence's {@code after-breakup} stage (recorded in the funnel ledger) and goes back to
 * marketing ({@link CadencePolicy}). Breakup email not logged yet, or logged late: the check is made again when
 * the wait after it ends. Timers are claimed in the {@link TimerStore}, so each fires once across instances; the
 * commands are keyed by the timer, so a timer fired again after a crash adds none, and what the firing records
 * (the run's end, the funnel move, a later check) is recorded before the timer is marked fired, so a crash in
 * between leaves a timer that fires again and finds the run ended.
 */
public final class CadenceSteps {

    private static final Logger log = LoggerFactory.getLogger(CadenceSteps.class);

    private final Supplier<CadenceRules> rules;
    private final CadenceStore runs;
    private final TimerStore timers;
    private final WorkflowActions actions;
    private final FunnelLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lease;

    /** @param lease how long a claimed timer is kept from other instances while it fires */
    public CadenceSteps(Supplier<CadenceRules> rules, CadenceStore runs, TimerStore timers, WorkflowActions actions,
                        FunnelLedger ledger, AuditTrail audit, Clock clock, Duration lease) {
        this.rules = rules;
        this.runs = runs;
        this.timers = timers;
        this.actions = actions;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.lease = lease;
    }

    /** Fires up to {@code limit} due cadence timers; returns how many fired and how many failed to. */
    public Report fireDue(int limit) {
        Instant now = clock.instant();
        int fired = 0;
        int failed = 0;
        for (WorkflowTimer timer : timers.claimDue(TimerFamily.CADENCE, now, lease, limit)) {
            Decision decision = decide(timer, now);
            try {
                actions.perform(timer.key(), decision.commands());
            } catch (RuntimeException failure) {
                failed++;
                log.warn("Cadence timer for person {} failed to fire; it fires again after {}: {}", timer.person(),
                        lease, failure.toString());
                continue;
            }
            decision.afterwards().run();
            if (timers.fired(timer.key(), now)) {
                fired++;
            }
        }
        return new Report(fired, failed);
    }

    private Decision decide(WorkflowTimer timer, Instant now) {
        Optional<CadenceRun> run = runs.find(timer.person(), timer.startedAt()).filter(CadenceRun::running);
        Optional<Cadence> cadence = run.flatMap(r -> rules.get().cadence(r.cadence()));
        if (run.isEmpty()) {
            return Decision.NOTHING;
        }
        if (cadence.isEmpty()) {
            return new Decision(List.of(), () -> audited(timer.person(), "cadences." + run.get().cadence(), now,
                    "Cadence " + run.get().cadence() + " is no longer in the rules file; its timer due at "
                            + timer.dueAt() + " did nothing"));
        }
        CadenceProgress progress = CadenceTracker.progress(cadence.get(), timer.startedAt(),
                runs.touchesOf(timer.person()), now);
        if (timer.purpose() == TimerPurpose.CADENCE_STEP) {
            return stepDue(timer, run.get(), progress, now);
        }
        return endDue(timer, run.get(), progress, now);
    }

    private Decision stepDue(WorkflowTimer timer, CadenceRun run, CadenceProgress progress, Instant now) {
        Cadence cadence = progress.cadence();
        Optional<CadenceStep> step = cadence.stepStartingAt(timer.startedAt(), timer.dueAt());
        if (step.isEmpty()) {
            return new Decision(List.of(), () -> audited(timer.person(), CadenceWorkflow.ruleId(cadence), now,
                    "Cadence " + cadence.name() + " has no step on the day due at " + timer.dueAt()
                            + " any more (the rules changed); no task"));
        }
        WorkflowCommand.CreateTask task = CadencePolicy.stepTask(timer.person(), run.ownerEmail(), progress,
                step.get());
        return new Decision(List.of(task), () -> audited(timer.person(), CadenceWorkflow.ruleId(cadence), now,
                "Cadence " + cadence.name() + " step " + step.get().number() + " of " + cadence.steps().size()
                        + " due: task \"" + task.subject() + "\" for " + run.ownerEmail()));
    }

    private Decision endDue(WorkflowTimer timer, CadenceRun run, CadenceProgress progress, Instant now) {
        Cadence cadence = progress.cadence();
        PersonId person = timer.person();
        String ruleId = CadenceWorkflow.ruleId(cadence);
        if (progress.outcome() == CadenceOutcome.REPLIED) {
            return new Decision(List.of(), () -> runs.end(person, run.startedAt(), CadenceOutcome.REPLIED,
                    progress.outcomeAt().orElse(now)));
        }
        if (progress.outcome() == CadenceOutcome.RUNNING) {
            Optional<Instant> breakupAt = progress.steps().get(progress.steps().size() - 1).completedAt();
            Instant again = breakupAt.map(at -> at.plus(cadence.waitAfterBreakup()))
                    .filter(at -> at.isAfter(now)).orElse(now.plus(cadence.waitAfterBreakup()));
            return new Decision(List.of(), () -> {
                timers.schedule(WorkflowTimer.ofCadence(person, TimerPurpose.CADENCE_END, run.startedAt(), again,
                        run.ownerEmail()));
                audited(person, ruleId, now, "Cadence " + cadence.name() + breakupAt.map(at -> ": the breakup"
                        + " email was logged at " + at + ", so the wait for a reply ends later").orElse(": the"
                        + " breakup email is not logged yet (" + progress.completedSteps() + " of "
                        + cadence.steps().size() + " steps done)") + "; checked again at " + again);
            });
        }
        FunnelStage current = currentStage(person);
        List<WorkflowCommand> commands = CadencePolicy.decide(person, current, progress);
        return new Decision(commands, () -> {
            if (!runs.end(person, run.startedAt(), CadenceOutcome.FINISHED_WITHOUT_REPLY, now)) {
                return;
            }
            String reason = "Cadence " + cadence.name() + " finished without a reply: " + cadence.steps().size()
                    + " steps made, nothing back within " + PlainDuration.of(cadence.waitAfterBreakup())
                    + " of the breakup email";
            if (commands.isEmpty()) {
                audited(person, ruleId, now, reason + "; the person stays in " + current + " ("
                        + FunnelTransitions.whyNot(current, cadence.afterBreakup()).orElse("") + ")");
                return;
            }
            ledger.record(new PersonTransition(person, FunnelTransitions.move(current, cadence.afterBreakup(), now,
                    ruleId, reason), Optional.of(run.ownerEmail()), Optional.empty()));
            audited(person, ruleId, now, reason + "; moved to "
                    + cadence.afterBreakup().name().toLowerCase(Locale.ROOT) + " and back to marketing");
        });
    }

    private FunnelStage currentStage(PersonId person) {
        List<PersonTransition> moves = ledger.transitionsOf(person);
        return moves.isEmpty() ? FunnelStage.MQL : moves.get(moves.size() - 1).transition().to();
    }

    private void audited(PersonId person, String ruleId, Instant at, String reason) {
        audit.record(List.of(AuditEntry.of(person, at, AuditKind.CADENCE, ruleId, reason)));
    }

    /** The commands a due timer stands for, and what is recorded once they are accepted. */
    private record Decision(List<WorkflowCommand> commands, Runnable afterwards) {

        static final Decision NOTHING = new Decision(List.of(), () -> { });

        Decision {
            commands = List.copyOf(commands);
        }
    }

    /** What one {@link #fireDue} call did. */
    public record Report(int fired, int failed) {
    }
}
