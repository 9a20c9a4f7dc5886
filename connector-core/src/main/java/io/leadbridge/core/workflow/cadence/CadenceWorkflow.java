package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.Reassigned;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.TimerStore;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs people's cadences from the pipeline's events: a person who becomes an MQL and is routed to an SDR starts the
 * rules' default cadence, one durable timer per step and one for the end of the breakup email's wait (fired by
 * {@link CadenceSteps}); each logged touch is recorded and matched to the steps ({@link CadenceTracker}), a step it
 * completes is audited, and a reply ends the run and stops its timers. A person keeps one running cadence; when
 * the person is reassigned, the run's remaining tasks go to the new owner.
 */
public final class CadenceWorkflow implements TriageOutcomes, TouchLogged, Reassigned {

    private final Supplier<CadenceRules> rules;
    private final CadenceStore runs;
    private final TimerStore timers;
    private final AuditTrail audit;
    private final Clock clock;

    public CadenceWorkflow(Supplier<CadenceRules> rules, CadenceStore runs, TimerStore timers, AuditTrail audit,
                           Clock clock) {
        this.rules = rules;
        this.runs = runs;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void applied(PersonId person, TriagePlan plan) {
        Optional<StageTransition> move = plan.move();
        if (move.isPresent() && move.get().to() == FunnelStage.MQL && plan.owner().isPresent()) {
            start(person, plan.owner().get(), move.get().at());
        }
    }

    /**
     * Starts the default cadence for {@code ownerEmail} at {@code startedAt} (to the millisecond), unless the
     * person has a running one or the rules name no cadence. Starting the same run again adds nothing.
     */
    public void start(PersonId person, String ownerEmail, Instant startedAt) {
        Instant start = startedAt.truncatedTo(ChronoUnit.MILLIS);
        Optional<Cadence> named = rules.get().defaultCadence();
        if (named.isEmpty() || runs.running(person).isPresent()) {
            return;
        }
        Cadence cadence = named.get();
        for (CadenceStep step : cadence.steps()) {
            timers.schedule(WorkflowTimer.ofCadence(person, TimerPurpose.CADENCE_STEP, start,
                    cadence.dayStart(start, step), ownerEmail));
        }
        timers.schedule(WorkflowTimer.ofCadence(person, TimerPurpose.CADENCE_END, start,
                cadence.breakupWaitEnds(start), ownerEmail));
        if (runs.start(new CadenceRun(person, start, cadence.name(), ownerEmail, CadenceOutcome.RUNNING))) {
            audit.record(List.of(AuditEntry.of(person, clock.instant(), AuditKind.CADENCE, ruleId(cadence),
                    "Cadence " + cadence.name() + " started for " + ownerEmail + ": " + cadence.steps().size()
                            + " steps, the breakup email on day " + cadence.breakup().day()
                            + "; without a reply after it the person goes to "
                            + cadence.afterBreakup().name().toLowerCase(Locale.ROOT))));
        }
    }

    @Override
    public void onTouch(PersonId person, Touch touch) {
        Optional<CadenceRun> run = runs.running(person);
        if (run.isEmpty() || touch.occurredAt().isBefore(run.get().startedAt())) {
            return;
        }
        Optional<Cadence> cadence = rules.get().cadence(run.get().cadence());
        if (cadence.isEmpty()) {
            return;
        }
        List<Touch> before = runs.touchesOf(person);
        if (!runs.recordTouch(person, touch)) {
            return;
        }
        List<Touch> after = new ArrayList<>(before);
        after.add(touch);
        Instant now = clock.instant().isBefore(touch.occurredAt()) ? touch.occurredAt() : clock.instant();
        Instant startedAt = run.get().startedAt();
        CadenceProgress was = CadenceTracker.progress(cadence.get(), startedAt, before, now);
        CadenceProgress is = CadenceTracker.progress(cadence.get(), startedAt, after, now);
        if (is.outcome() == CadenceOutcome.REPLIED) {
            stopOnReply(person, run.get(), is, touch);
            return;
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < is.steps().size(); i++) {
            StepProgress step = is.steps().get(i);
            if (step.complete() && !was.steps().get(i).complete()) {
                entries.add(AuditEntry.of(person, clock.instant(), AuditKind.CADENCE, ruleId(cadence.get()),
                        "Cadence " + cadence.get().name() + " step " + step.step().number() + " of "
                                + is.steps().size() + " (day " + step.step().day() + ": "
                                + CadencePolicy.channels(step.step()) + ") done; " + is.completedSteps() + " of "
                                + is.steps().size() + " steps done")
                        .with(Map.of("step", Integer.toString(step.step().number()))));
            }
        }
        audit.record(entries);
    }

    @Override
    public void reassigned(PersonId person, String fromOwner, String toOwner) {
        Optional<CadenceRun> run = runs.running(person);
        if (run.isPresent() && runs.handOver(person, fromOwner, toOwner)) {
            audit.record(List.of(AuditEntry.of(person, clock.instant(), AuditKind.CADENCE,
                    "cadences." + run.get().cadence(), "Cadence " + run.get().cadence() + " handed over from "
                            + fromOwner + " to " + toOwner + ": the remaining steps' tasks go to " + toOwner)));
        }
    }

    private void stopOnReply(PersonId person, CadenceRun run, CadenceProgress progress, Touch reply) {
        if (!runs.end(person, run.startedAt(), CadenceOutcome.REPLIED, reply.occurredAt())) {
            return;
        }
        timers.stopCadence(person, clock.instant());
        Cadence cadence = progress.cadence();
        audit.record(List.of(AuditEntry.of(person, clock.instant(), AuditKind.CADENCE, ruleId(cadence),
                "Cadence " + cadence.name() + " stopped: the prospect replied (" + CadencePolicy.channelName(
                        reply.channel()) + ") after " + progress.completedSteps() + " of "
                        + cadence.steps().size() + " steps; " + run.ownerEmail() + " works the conversation")));
    }

    static String ruleId(Cadence cadence) {
        return "cadences." + cadence.name();
    }
}
