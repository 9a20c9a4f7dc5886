package io.leadbridge.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.cadence.CadenceOutcome;
import io.leadbridge.core.workflow.cadence.CadenceRun;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaEvent;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaResult;
import io.leadbridge.core.workflow.sla.StoppedClock;
import io.leadbridge.core.workflow.sla.TimerFamily;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V12 and V16 workflow tables: timers claimed once across instances and restarts, the command outbox, the
 * ledger, and people's cadence runs with their logged touches.
 */
abstract class JdbcWorkflowStoresContract {

    private static final String SDR = "sam.sdr@leadbridge.example";
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private MigratedDatabase db;
    private JdbcTimerStore timers;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        timers = new JdbcTimerStore(db.jdbc());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aDueTimerIsClaimedOnceAndAfterItFiredNeverAgain() {
        PersonId kim = PersonId.newId();
        WorkflowTimer breach = timer(kim, TimerPurpose.FIRST_TOUCH_BREACH, T0.plus(Duration.ofMinutes(30)));
        WorkflowTimer reminder = timer(kim, TimerPurpose.FIRST_TOUCH_REMINDER, T0.plus(Duration.ofMinutes(20)));

        assertThat(timers.schedule(breach)).isTrue();
        assertThat(timers.schedule(reminder)).isTrue();
        assertThat(timers.schedule(breach)).as("the same clock scheduled again").isFalse();
        assertThat(timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofMinutes(19)), LEASE, 10)).isEmpty();
        assertThat(timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofMinutes(31)), LEASE, 10))
                .containsExactly(reminder, breach);
        assertThat(timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofMinutes(32)), LEASE, 10)).as("leased").isEmpty();
        assertThat(timers.fired(reminder.key(), T0.plus(Duration.ofMinutes(31)))).isTrue();
        assertThat(timers.fired(breach.key(), T0.plus(Duration.ofMinutes(31)))).isTrue();
        assertThat(timers.fired(breach.key(), T0.plus(Duration.ofMinutes(31)))).isFalse();

        assertThat(timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
        assertThat(timers.pendingOf(kim)).isEmpty();
    }

    @Test
    void aTimerClaimedByAnInstanceThatDiedIsClaimedAgainAfterItsLeaseByAnotherStore() {
        WorkflowTimer breach = timer(PersonId.newId(), TimerPurpose.AE_ACCEPTANCE_BREACH, T0);
        timers.schedule(breach);
        assertThat(timers.claimDue(TimerFamily.SLA, T0, LEASE, 10)).containsExactly(breach);

        JdbcTimerStore restarted = new JdbcTimerStore(db.jdbc());

        assertThat(restarted.claimDue(TimerFamily.SLA, T0.plus(LEASE), LEASE, 10)).as("lease still running").isEmpty();
        assertThat(restarted.claimDue(TimerFamily.SLA, T0.plus(LEASE).plusMillis(1), LEASE, 10))
                .containsExactly(breach);
        assertThat(restarted.fired(breach.key(), T0.plus(LEASE))).isTrue();
        assertThat(new JdbcTimerStore(db.jdbc())
                .claimDue(TimerFamily.SLA, T0.plus(Duration.ofHours(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void twoInstancesClaimingTheSameDueTimersAtOnceGetEachTimerOnce() throws Exception {
        twoInstancesClaim(TimerFamily.SLA, person -> timer(person, TimerPurpose.FIRST_TOUCH_BREACH, T0));
    }

    @Test
    void twoInstancesFiringCadencesAtOnceGetEachStepOnce() throws Exception {
        timers.schedule(timer(PersonId.newId(), TimerPurpose.FIRST_TOUCH_BREACH, T0));
        twoInstancesClaim(TimerFamily.CADENCE, person -> WorkflowTimer.ofCadence(person, TimerPurpose.CADENCE_STEP,
                T0, T0, SDR));
    }

    private void twoInstancesClaim(TimerFamily family, Function<PersonId, WorkflowTimer> timerOf) throws Exception {
        List<WorkflowTimer> scheduled = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WorkflowTimer timer = timerOf.apply(PersonId.newId());
            timers.schedule(timer);
            scheduled.add(timer);
        }
        JdbcTimerStore first = new JdbcTimerStore(db.jdbc());
        JdbcTimerStore second = new JdbcTimerStore(db.jdbc());
        CountDownLatch start = new CountDownLatch(1);
        List<WorkflowTimer> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (JdbcTimerStore instance : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<WorkflowTimer> batch;
                    do {
                        batch = instance.claimDue(family, T0.plusSeconds(1), LEASE, 5);
                        claimed.addAll(batch);
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(scheduled);
    }

    @Test
    void stoppingAClockHappensOnceAndSaysWhetherItsBreachHadFired() {
        PersonId kim = PersonId.newId();
        timers.schedule(timer(kim, TimerPurpose.FIRST_TOUCH_REMINDER, T0.plus(Duration.ofMinutes(20))));
        WorkflowTimer breach = timer(kim, TimerPurpose.FIRST_TOUCH_BREACH, T0.plus(Duration.ofMinutes(30)));
        timers.schedule(breach);
        timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofMinutes(30)), LEASE, 10);
        timers.fired(breach.key(), T0.plus(Duration.ofMinutes(30)));

        Optional<StoppedClock> stopped = timers.stop(kim, SlaKind.FIRST_TOUCH, T0.plus(Duration.ofMinutes(40)));

        assertThat(stopped).contains(new StoppedClock(T0, SDR, true));
        assertThat(timers.stop(kim, SlaKind.FIRST_TOUCH, T0.plus(Duration.ofMinutes(41)))).isEmpty();
        assertThat(timers.fired(timer(kim, TimerPurpose.FIRST_TOUCH_REMINDER, T0.plus(Duration.ofMinutes(20))).key(),
                T0.plus(Duration.ofMinutes(42)))).as("a stopped reminder does not fire").isFalse();
        assertThat(timers.stop(PersonId.newId(), SlaKind.AE_ACCEPTANCE, T0)).isEmpty();
    }

    @Test
    void cadenceTimersAreClaimedOnlyAsCadenceTimersAndAReplyStopsThemWithoutTouchingTheSpeedToLeadClock() {
        PersonId kim = PersonId.newId();
        WorkflowTimer breach = timer(kim, TimerPurpose.FIRST_TOUCH_BREACH, T0.plus(Duration.ofMinutes(30)));
        WorkflowTimer day1 = WorkflowTimer.ofCadence(kim, TimerPurpose.CADENCE_STEP, T0, T0, SDR);
        WorkflowTimer day3 = WorkflowTimer.ofCadence(kim, TimerPurpose.CADENCE_STEP, T0, T0.plus(Duration.ofDays(2)),
                SDR);
        List.of(breach, day1, day3).forEach(timers::schedule);

        assertThat(timers.claimDue(TimerFamily.CADENCE, T0.plus(Duration.ofHours(1)), LEASE, 10))
                .containsExactly(day1);
        assertThat(timers.claimDue(TimerFamily.SLA, T0.plus(Duration.ofHours(1)), LEASE, 10)).containsExactly(breach);
        assertThat(new JdbcTimerStore(db.jdbc()).claimDue(TimerFamily.CADENCE, T0.plus(Duration.ofHours(1)), LEASE,
                10)).as("claimed by the first instance").isEmpty();
        assertThat(timers.fired(day1.key(), T0.plus(Duration.ofHours(1)))).isTrue();

        assertThat(timers.stopCadence(kim, T0.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(timers.stopCadence(kim, T0.plus(Duration.ofDays(1)))).isZero();
        assertThat(timers.claimDue(TimerFamily.CADENCE, T0.plus(Duration.ofDays(3)), LEASE, 10)).isEmpty();
        assertThat(timers.pendingOf(kim)).containsExactly(breach);
    }

    @Test
    void aCadenceRunStartsOnceChangesHandsOnceEndsOnceAndKeepsEachLoggedTouchOnce() {
        PersonId kim = PersonId.newId();
        JdbcCadenceStore runs = new JdbcCadenceStore(db.jdbc());
        CadenceRun run = new CadenceRun(kim, T0, "outbound", SDR, CadenceOutcome.RUNNING);
        Touch email = new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T000000000001"), TouchChannel.EMAIL,
                TouchDirection.OUTBOUND, T0.plus(Duration.ofHours(1)), SDR, "Hello", "", Optional.empty(),
                Optional.of(1));
        Touch reply = new Touch(new ExternalRef(CrmSystem.HUBSPOT, "emails", "4711"), TouchChannel.EMAIL,
                TouchDirection.INBOUND, T0.plus(Duration.ofHours(2)), "", "Re: Hello", "", Optional.empty(),
                Optional.empty());

        assertThat(runs.start(run)).isTrue();
        assertThat(runs.start(run)).isFalse();
        assertThat(runs.recordTouch(kim, reply)).isTrue();
        assertThat(runs.recordTouch(kim, email)).isTrue();
        assertThat(runs.recordTouch(kim, email)).isFalse();

        JdbcCadenceStore restarted = new JdbcCadenceStore(db.jdbc());
        assertThat(restarted.running(kim)).contains(run);
        assertThat(restarted.touchesOf(kim)).extracting(Touch::source, Touch::direction, Touch::occurredAt,
                Touch::cadenceStep).containsExactly(
                tuple(email.source(), TouchDirection.OUTBOUND, email.occurredAt(), Optional.of(1)),
                tuple(reply.source(), TouchDirection.INBOUND, reply.occurredAt(), Optional.empty()));
        assertThat(restarted.handOver(kim, SDR, "ben.sdr@leadbridge.example")).isTrue();
        assertThat(restarted.handOver(kim, SDR, "ben.sdr@leadbridge.example")).as("Ben's already").isFalse();
        assertThat(runs.running(kim)).map(CadenceRun::ownerEmail).contains("ben.sdr@leadbridge.example");
        assertThat(restarted.end(kim, T0, CadenceOutcome.REPLIED, reply.occurredAt())).isTrue();
        assertThat(runs.end(kim, T0, CadenceOutcome.FINISHED_WITHOUT_REPLY, T0.plus(Duration.ofDays(9)))).isFalse();
        assertThat(runs.running(kim)).isEmpty();
        assertThat(runs.find(kim, T0)).map(CadenceRun::outcome).contains(CadenceOutcome.REPLIED);
    }

    @Test
    void theOutboxStoresABatchOnceAndHandsItsCommandsBackUntilDone() {
        PersonId kim = PersonId.newId();
        JdbcWorkflowCommandOutbox outbox = new JdbcWorkflowCommandOutbox(db.jdbc(), db.tx(),
                Clock.fixed(T0, ZoneOffset.UTC));
        List<WorkflowCommand> commands = List.of(
                new WorkflowCommand.CreateTask(kim, SDR, "Overdue: first touch", "SLA missed", T0),
                new WorkflowCommand.SetStage(kim, FunnelStage.SQL, FunnelStage.WORKING, "Rejected: no budget"),
                new WorkflowCommand.ConvertLead(kim, true),
                new WorkflowCommand.WriteNote(kim, "Leadbridge handoff", "BANT\n- Budget: approved"),
                new WorkflowCommand.AssignOwner(kim, "alex.ae@leadbridge.example", "handed off"),
                new WorkflowCommand.Reassign(kim, SDR, "SLA missed"),
                new WorkflowCommand.Escalate(kim, "morgan.manager@leadbridge.example", SDR, "SLA missed"),
                new WorkflowCommand.ReturnToMarketing(kim, "no reply to the cadence"));

        outbox.perform("timer-1", commands);
        outbox.perform("timer-1", commands);

        assertThat(outbox.pending(10)).extracting(JdbcWorkflowCommandOutbox.StoredCommand::command)
                .containsExactlyElementsOf(commands);
        assertThat(outbox.done("timer-1", 1)).isTrue();
        assertThat(outbox.done("timer-1", 1)).isFalse();
        assertThat(outbox.pending(10)).extracting(JdbcWorkflowCommandOutbox.StoredCommand::position)
                .containsExactly(0, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void theExecutorIsHandedEachBatchInOrderRetriedCommandsWhenDueAndParkedOnesUntilAnAdminActs() {
        PersonId kim = PersonId.newId();
        MutableClock clock = MutableClock.startingAt(T0);
        JdbcWorkflowCommandOutbox outbox = new JdbcWorkflowCommandOutbox(db.jdbc(), db.tx(), clock);
        outbox.perform("handoff", List.of(
                new WorkflowCommand.WriteNote(kim, "Leadbridge handoff", "BANT"),
                new WorkflowCommand.AssignOwner(kim, "alex.ae@leadbridge.example", "handed off")));
        outbox.perform("timer-1", List.of(new WorkflowCommand.CreateTask(kim, SDR, "Overdue", "SLA missed", T0)));
        SyncFailure timeout = new SyncFailure.Retriable("TIMEOUT", "no answer", "");
        SyncFailure refused = new SyncFailure.Permanent("OWNER_NOT_FOUND", "no User", "", List.of("OwnerId"));

        assertThat(positions(outbox.due(10))).containsExactly("handoff/0", "timer-1/0");
        outbox.retryLater("timer-1", 0, T0.plusSeconds(10), 1, timeout);
        outbox.park("handoff", 0, 1, refused);
        assertThat(outbox.due(10)).as("a parked command holds up its batch; a retry waits").isEmpty();

        clock.advance(Duration.ofSeconds(10));
        assertThat(outbox.due(10)).singleElement().satisfies(command -> {
            assertThat(command.batchKey()).isEqualTo("timer-1");
            assertThat(command.attempts()).isEqualTo(1);
        });
        assertThat(outbox.parked(10)).extracting(JdbcWorkflowCommandOutbox.ParkedCommand::failureCode,
                JdbcWorkflowCommandOutbox.ParkedCommand::commandType).containsExactly(tuple("OWNER_NOT_FOUND",
                "WriteNote"));

        assertThat(outbox.retryParked("handoff", 0)).isTrue();
        assertThat(positions(outbox.due(10))).containsExactly("handoff/0", "timer-1/0");
        outbox.park("handoff", 0, 1, refused);
        assertThat(outbox.dismiss("handoff", 0)).isTrue();
        assertThat(outbox.dismiss("handoff", 0)).isFalse();
        assertThat(outbox.parked(10)).isEmpty();
        assertThat(positions(outbox.due(10))).as("a dismissed command no longer holds up its batch")
                .containsExactly("handoff/1", "timer-1/0");
    }

    private static List<String> positions(List<JdbcWorkflowCommandOutbox.StoredCommand> commands) {
        return commands.stream().map(c -> c.batchKey() + "/" + c.position()).toList();
    }

    @Test
    void theLedgerKeepsMovesAndSlaOutcomesInTimeOrder() {
        JdbcFunnelLedger ledger = new JdbcFunnelLedger(db.jdbc());
        PersonId kim = PersonId.newId();
        PersonTransition mql = new PersonTransition(kim, FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, T0,
                "qualification.mql", "score 64"), Optional.of(SDR), Optional.empty());
        PersonTransition sql = new PersonTransition(kim, FunnelTransitions.move(FunnelStage.MQL, FunnelStage.SQL,
                T0.plus(Duration.ofDays(2)), SDR, "BANT complete"), Optional.of(SDR),
                Optional.of("alex.ae@leadbridge.example"));
        SlaEvent firstTouch = new SlaEvent(kim, SlaKind.FIRST_TOUCH, SlaResult.MET, SDR, T0,
                T0.plus(Duration.ofMinutes(12)));

        ledger.record(sql);
        ledger.record(mql);
        ledger.record(firstTouch);

        assertThat(ledger.transitionsOf(kim)).containsExactly(mql, sql);
        assertThat(ledger.transitionsSince(T0.plusSeconds(1))).containsExactly(sql);
        assertThat(ledger.slaEventsSince(T0)).containsExactly(firstTouch);
        assertThat(ledger.slaEventsSince(T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    private static WorkflowTimer timer(PersonId person, TimerPurpose purpose, Instant dueAt) {
        return WorkflowTimer.of(person, purpose, T0, dueAt, SDR);
    }
}
