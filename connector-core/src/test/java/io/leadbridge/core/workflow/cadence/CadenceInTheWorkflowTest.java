package io.leadbridge.core.workflow.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryCadenceStore;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.InMemoryTimerStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingWorkflowActions;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.WorkflowCommand.CreateTask;
import io.leadbridge.core.workflow.WorkflowCommand.ReturnToMarketing;
import io.leadbridge.core.workflow.WorkflowCommand.SetStage;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The cadence as the running workflow drives it: started at MQL for the routed SDR, one task per step on its day,
 * logged touches matched to the steps, stopped by a reply, and after an unanswered breakup the rules' stage.
 */
class CadenceInTheWorkflowTest {

    private static final String SAM = "sam.sdr@leadbridge.example";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String RULES = """
            cadences:
              short-outbound:
                after-breakup: nurture
                wait-after-breakup: 3d
                steps:
                  - {day: 1, touches: [email, linkedin]}
                  - {day: 3, touches: [email]}
                  - {day: 5, touches: [email]}
              inbound-follow-up:
                steps:
                  - {day: 1, touches: [call]}
            """;

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final CadenceRules rules = CadenceRules.read(RuleNode.root(RulesYaml.parse(RULES, "rules.yml"),
            new RuleReading("rules.yml")).get("cadences"));
    private final InMemoryCadenceStore runs = new InMemoryCadenceStore();
    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final RecordingWorkflowActions actions = new RecordingWorkflowActions();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final CadenceWorkflow workflow = new CadenceWorkflow(() -> rules, runs, timers, audit, clock);
    private final CadenceSteps steps = new CadenceSteps(() -> rules, runs, timers, actions, ledger, audit, clock,
            LEASE);
    private final PersonId kim = PersonId.newId();
    private final AtomicInteger touchIds = new AtomicInteger();

    @Test
    void anMqlRoutedToAnSdrStartsTheFirstCadenceOfTheRulesAndEachStepPutsATaskForTheSdrOnItsDay() {
        Instant mqlAt = becomesMqlRoutedTo(SAM);

        assertThat(timers.pendingOf(kim)).extracting(WorkflowTimer::purpose, WorkflowTimer::dueAt).containsExactly(
                tuple(TimerPurpose.CADENCE_STEP, mqlAt),
                tuple(TimerPurpose.CADENCE_STEP, mqlAt.plus(Duration.ofDays(2))),
                tuple(TimerPurpose.CADENCE_STEP, mqlAt.plus(Duration.ofDays(4))),
                tuple(TimerPurpose.CADENCE_END, mqlAt.plus(Duration.ofDays(7))));
        assertThat(runs.running(kim)).map(CadenceRun::cadence).contains("short-outbound");

        steps.fireDue(10);
        clock.advance(Duration.ofDays(1));
        steps.fireDue(10);
        assertThat(tasks()).extracting(CreateTask::subject).containsExactly("Day 1: email + LinkedIn");

        clock.advance(Duration.ofDays(1));
        steps.fireDue(10);
        clock.advance(Duration.ofDays(2));
        steps.fireDue(10);

        assertThat(tasks()).extracting(CreateTask::subject)
                .containsExactly("Day 1: email + LinkedIn", "Day 3: email", "Day 5: email (breakup)");
        assertThat(tasks()).allSatisfy(task -> assertThat(task.ownerEmail()).isEqualTo(SAM));
        assertThat(tasks().get(1).description()).startsWith("Step 2 of 3 of the short-outbound cadence: email.")
                .contains("Steps done so far: 0 of 3");
        assertThat(tasks().get(1).due()).isEqualTo(mqlAt.plus(Duration.ofDays(3)));
        assertThat(tasks().get(2).description()).contains("without a reply within 3 days the person goes to nurture");
    }

    @Test
    void loggedTouchesCompleteStepsAndAReplyStopsTheCadenceSoNoFurtherTaskComes() {
        becomesMqlRoutedTo(SAM);
        steps.fireDue(10);
        clock.advance(Duration.ofHours(2));
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
        Touch linkedIn = touch(TouchChannel.LINKEDIN, TouchDirection.OUTBOUND);
        workflow.onTouch(kim, linkedIn);
        workflow.onTouch(kim, linkedIn);

        assertThat(cadenceTrail()).contains("Cadence short-outbound step 1 of 3 (day 1: email + LinkedIn) done; "
                + "1 of 3 steps done");

        clock.advance(Duration.ofDays(1));
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.INBOUND));
        clock.advance(Duration.ofDays(10));
        steps.fireDue(10);

        assertThat(tasks()).extracting(CreateTask::subject).containsExactly("Day 1: email + LinkedIn");
        assertThat(timers.pendingOf(kim)).isEmpty();
        assertThat(runs.running(kim)).isEmpty();
        assertThat(actions.performed(SetStage.class)).isEmpty();
        assertThat(cadenceTrail()).filteredOn(reason -> reason.contains("step 1 of 3 (day 1")).hasSize(1);
        assertThat(cadenceTrail()).anyMatch(reason -> reason.equals("Cadence short-outbound stopped: the prospect "
                + "replied (email) after 1 of 3 steps; " + SAM + " works the conversation"));
    }

    @Test
    void afterAnUnansweredBreakupEmailThePersonMovesToTheRulesStageAndBackToMarketingOnce() {
        Instant mqlAt = becomesMqlRoutedTo(SAM);
        everyStepMadeOnItsDay(mqlAt);

        clock.set(mqlAt.plus(Duration.ofDays(7)));
        steps.fireDue(10);
        assertThat(actions.performed(SetStage.class)).as("the breakup email went out an hour into its day")
                .isEmpty();
        clock.advance(Duration.ofHours(1));
        steps.fireDue(10);
        clock.advance(Duration.ofDays(1));
        steps.fireDue(10);

        assertThat(actions.performed()).filteredOn(c -> !(c instanceof CreateTask))
                .extracting(WorkflowCommand::getClass).containsExactly(SetStage.class, ReturnToMarketing.class);
        SetStage move = actions.performed(SetStage.class).get(0);
        assertThat(move.from()).isEqualTo(FunnelStage.MQL);
        assertThat(move.to()).isEqualTo(FunnelStage.NURTURE);
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).containsExactly(FunnelStage.MQL,
                FunnelStage.NURTURE);
        assertThat(ledger.transitionsOf(kim).get(1).sdrEmail()).contains(SAM);
        assertThat(runs.find(kim, mqlAt)).map(CadenceRun::outcome).contains(CadenceOutcome.FINISHED_WITHOUT_REPLY);
        assertThat(cadenceTrail()).anyMatch(reason -> reason.startsWith("Cadence short-outbound finished without a"
                + " reply: 3 steps made, nothing back within 3 days of the breakup email; moved to nurture"));
    }

    @Test
    void aBreakupEmailNotLoggedKeepsTheCadenceOpenAndItIsCheckedAgainOnceTheWaitAfterItIsOver() {
        Instant mqlAt = becomesMqlRoutedTo(SAM);
        clock.set(mqlAt.plus(Duration.ofDays(7)));
        steps.fireDue(10);

        assertThat(actions.performed(SetStage.class)).isEmpty();
        assertThat(cadenceTrail()).anyMatch(reason -> reason.startsWith("Cadence short-outbound: the breakup email is"
                + " not logged yet (0 of 3 steps done); checked again at " + mqlAt.plus(Duration.ofDays(10))));

        everyStepMadeAt(clock.advance(Duration.ofDays(1)));
        clock.set(mqlAt.plus(Duration.ofDays(10)));
        steps.fireDue(10);
        assertThat(actions.performed(SetStage.class)).as("3 days after the late breakup email only at day 11")
                .isEmpty();

        clock.set(mqlAt.plus(Duration.ofDays(11)));
        steps.fireDue(10);
        assertThat(actions.performed(SetStage.class)).singleElement()
                .satisfies(move -> assertThat(move.to()).isEqualTo(FunnelStage.NURTURE));
    }

    @Test
    void aStepWhoseTaskCouldNotBeAcceptedFiresAgainAfterTheLeaseAndPutsItsTaskOnce() {
        becomesMqlRoutedTo(SAM);
        actions.failNext(1);

        assertThat(steps.fireDue(10).failed()).isEqualTo(1);
        assertThat(steps.fireDue(10).fired()).as("still leased").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(steps.fireDue(10).fired()).isEqualTo(1);
        clock.advance(LEASE.plusSeconds(1));
        steps.fireDue(10);

        assertThat(tasks()).extracting(CreateTask::subject).containsExactly("Day 1: email + LinkedIn");
    }

    @Test
    void whenThePersonIsReassignedTheRemainingStepsTasksGoToTheNewOwnerOnce() {
        becomesMqlRoutedTo(SAM);
        steps.fireDue(10);

        workflow.reassigned(kim, SAM, "ben.sdr@leadbridge.example");
        workflow.reassigned(kim, SAM, "ben.sdr@leadbridge.example");
        clock.advance(Duration.ofDays(2));
        steps.fireDue(10);

        assertThat(tasks()).extracting(CreateTask::subject, CreateTask::ownerEmail).containsExactly(
                tuple("Day 1: email + LinkedIn", SAM), tuple("Day 3: email", "ben.sdr@leadbridge.example"));
        assertThat(cadenceTrail()).filteredOn(reason -> reason.startsWith("Cadence short-outbound handed over from "
                + SAM + " to ben.sdr@leadbridge.example")).hasSize(1);
    }

    @Test
    void aPersonWithARunningCadenceDoesNotStartASecondOneAndAnMqlWithoutANewOwnerStartsNone() {
        becomesMqlRoutedTo(SAM);
        clock.advance(Duration.ofMinutes(1));
        workflow.start(kim, SAM, clock.instant());
        PersonId noor = PersonId.newId();
        workflow.applied(noor, new TriagePlan(Optional.empty(), Optional.empty(),
                Optional.of(FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, clock.instant(),
                        "qualification.mql", "score 70")), List.of()));

        assertThat(timers.pendingOf(kim)).hasSize(4);
        assertThat(timers.pendingOf(noor)).isEmpty();
        assertThat(cadenceTrail()).filteredOn(reason -> reason.startsWith("Cadence short-outbound started for " + SAM))
                .hasSize(1);
    }

    private Instant becomesMqlRoutedTo(String sdr) {
        Instant at = clock.instant();
        ledger.record(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, at,
                "qualification.mql", "score 70"), Optional.of(sdr), Optional.empty()));
        workflow.applied(kim, new TriagePlan(Optional.of("Working"), Optional.of(sdr),
                Optional.of(FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, at, "qualification.mql",
                        "score 70")), List.of()));
        return at;
    }

    private void everyStepMadeOnItsDay(Instant mqlAt) {
        clock.set(mqlAt.plus(Duration.ofHours(1)));
        steps.fireDue(10);
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
        workflow.onTouch(kim, touch(TouchChannel.LINKEDIN, TouchDirection.OUTBOUND));
        clock.set(mqlAt.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        steps.fireDue(10);
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
        clock.set(mqlAt.plus(Duration.ofDays(4)).plus(Duration.ofHours(1)));
        steps.fireDue(10);
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
    }

    private void everyStepMadeAt(Instant at) {
        clock.set(at);
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
        workflow.onTouch(kim, touch(TouchChannel.LINKEDIN, TouchDirection.OUTBOUND));
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
        workflow.onTouch(kim, touch(TouchChannel.EMAIL, TouchDirection.OUTBOUND));
    }

    private Touch touch(TouchChannel channel, TouchDirection direction) {
        return new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T00000000000" + touchIds.incrementAndGet()),
                channel, direction, clock.instant(), SAM, "Fjordline", "", Optional.empty(), Optional.empty());
    }

    private List<CreateTask> tasks() {
        return actions.performed(CreateTask.class);
    }

    private List<String> cadenceTrail() {
        return audit.of(kim, 100).stream().filter(entry -> entry.kind() == AuditKind.CADENCE)
                .map(AuditEntry::reason).toList();
    }
}
