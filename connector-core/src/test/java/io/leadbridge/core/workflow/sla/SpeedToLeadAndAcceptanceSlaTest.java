package io.leadbridge.core.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.InMemoryTimerStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingWorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand.CreateTask;
import io.leadbridge.core.workflow.WorkflowCommand.Escalate;
import io.leadbridge.core.workflow.WorkflowCommand.Reassign;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeedToLeadAndAcceptanceSlaTest {

    private static final String SDR = "sam.sdr@leadbridge.example";
    private static final String AE = "alex.ae@leadbridge.example";
    private static final String MANAGER = "morgan.manager@leadbridge.example";
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final RecordingWorkflowActions crm = new RecordingWorkflowActions();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PersonId kim = PersonId.newId();

    @Test
    void anSdrWhoTouchesANewMqlWithinHalfAnHourMeetsSpeedToLeadAndNothingFires() {
        SlaTimers sla = slaTimers(SlaRules.defaults());
        Instant mqlAt = clock.instant();
        sla.start(SlaKind.FIRST_TOUCH, kim, SDR, mqlAt);

        clock.advance(Duration.ofMinutes(12));
        Optional<SlaEvent> met = sla.stop(kim, SlaKind.FIRST_TOUCH, clock.instant());
        clock.advance(Duration.ofHours(2));

        assertThat(sla.fireDue(10).fired()).isZero();
        assertThat(crm.performed()).isEmpty();
        assertThat(met).get().satisfies(event -> {
            assertThat(event.result()).isEqualTo(SlaResult.MET);
            assertThat(event.elapsed()).isEqualTo(Duration.ofMinutes(12));
            assertThat(event.ownerEmail()).isEqualTo(SDR);
        });
        assertThat(ledger.slaEventsSince(mqlAt)).containsExactly(met.get());
        assertThat(sla.stop(kim, SlaKind.FIRST_TOUCH, clock.instant())).as("a second touch is not a first touch")
                .isEmpty();
    }

    @Test
    void theSdrIsRemindedTenMinutesBeforeTheBreachAndGetsAnOverdueTaskAtThirtyMinutes() {
        SlaTimers sla = slaTimers(SlaRules.defaults());
        Instant mqlAt = clock.instant();
        sla.start(SlaKind.FIRST_TOUCH, kim, SDR, mqlAt);

        clock.advance(Duration.ofMinutes(19));
        assertThat(sla.fireDue(10).fired()).as("nothing before the reminder").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sla.fireDue(10).reminders()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(sla.fireDue(10).breaches()).isEqualTo(1);

        assertThat(crm.performed(CreateTask.class)).extracting(CreateTask::ownerEmail, CreateTask::subject)
                .containsExactly(
                        tuple(SDR, "Reminder: first touch of this new MQL due by "
                                + mqlAt.plus(Duration.ofMinutes(30))),
                        tuple(SDR, "Overdue: first touch of this new MQL"));
        assertThat(ledger.slaEventsSince(mqlAt)).extracting(SlaEvent::result).containsExactly(SlaResult.BREACHED);
        assertThat(audit.all()).extracting(e -> e.kind()).containsOnly(AuditKind.SLA);
        assertThat(audit.all().get(audit.all().size() - 1).reason()).isEqualTo("Speed-to-lead breached by " + SDR);
    }

    @Test
    void aTouchAfterTheBreachIsStillMeasuredAsTheTimeToFirstTouch() {
        SlaTimers sla = slaTimers(SlaRules.defaults());
        Instant mqlAt = clock.instant();
        sla.start(SlaKind.FIRST_TOUCH, kim, SDR, mqlAt);
        clock.advance(Duration.ofMinutes(31));
        sla.fireDue(10);

        clock.advance(Duration.ofMinutes(14));
        Optional<SlaEvent> late = sla.stop(kim, SlaKind.FIRST_TOUCH, clock.instant());

        assertThat(late).get().extracting(SlaEvent::result, SlaEvent::elapsed)
                .containsExactly(SlaResult.MET_LATE, Duration.ofMinutes(45));
        assertThat(timers.pendingOf(kim)).isEmpty();
    }

    @Test
    void anAeWhoLetsAHandoffSitIsReassignedAndTheManagerIsTold() {
        SlaRules rules = new SlaRules(SlaRules.FIRST_TOUCH_DEFAULTS,
                new SlaClockRules(Duration.ofHours(4), Duration.ZERO,
                        Set.of(BreachAction.REASSIGN, BreachAction.ESCALATE)),
                Optional.of(MANAGER));
        SlaTimers sla = slaTimers(rules);
        sla.start(SlaKind.AE_ACCEPTANCE, kim, AE, clock.instant());

        clock.advance(Duration.ofHours(4));
        SlaTimers.FiringReport report = sla.fireDue(10);

        assertThat(report.breaches()).isEqualTo(1);
        assertThat(report.reminders()).as("no reminder configured").isZero();
        assertThat(crm.performed(Reassign.class)).singleElement().satisfies(r -> {
            assertThat(r.fromOwner()).isEqualTo(AE);
            assertThat(r.reason()).startsWith("SLA missed: AE acceptance of the handoff (4 hours)");
        });
        assertThat(crm.performed(Escalate.class)).extracting(Escalate::managerEmail, Escalate::ownerEmail)
                .containsExactly(tuple(MANAGER, AE));
    }

    @Test
    void aTimerWhoseCrmActionFailedFiresAgainAfterTheLeaseAndOnlyOnceInAll() {
        SlaTimers sla = slaTimers(new SlaRules(new SlaClockRules(Duration.ofMinutes(30), Duration.ZERO,
                Set.of(BreachAction.TASK)), SlaRules.AE_ACCEPTANCE_DEFAULTS, Optional.empty()));
        sla.start(SlaKind.FIRST_TOUCH, kim, SDR, clock.instant());
        sla.start(SlaKind.FIRST_TOUCH, kim, SDR, clock.instant());
        clock.advance(Duration.ofMinutes(30));
        crm.failNext(1);

        assertThat(sla.fireDue(10).failed()).isEqualTo(1);
        assertThat(sla.fireDue(10).fired()).as("still claimed by the failed attempt").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(sla.fireDue(10).breaches()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(sla.fireDue(10).fired()).isZero();

        assertThat(crm.performed(CreateTask.class)).hasSize(1);
        assertThat(ledger.slaEventsSince(Instant.EPOCH)).hasSize(1);
    }

    private SlaTimers slaTimers(SlaRules rules) {
        return new SlaTimers(new SlaPolicy(rules), timers, crm, ledger, audit, clock, LEASE);
    }
}
