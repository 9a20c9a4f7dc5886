package io.leadbridge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.InMemoryTimerStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingWorkflowActions;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.core.workflow.WorkflowCommand.CreateTask;
import io.leadbridge.core.workflow.WorkflowCommand.SetStage;
import io.leadbridge.core.workflow.WorkflowCommand.WriteNote;
import io.leadbridge.core.workflow.handoff.HandoffDecision;
import io.leadbridge.core.workflow.handoff.HandoffInput;
import io.leadbridge.core.workflow.handoff.HandoffPolicy;
import io.leadbridge.core.workflow.handoff.HandoffRules;
import io.leadbridge.core.workflow.handoff.RecycleRules;
import io.leadbridge.core.workflow.metrics.FunnelCalculator;
import io.leadbridge.core.workflow.metrics.FunnelReport;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.metrics.StageConversion;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaPolicy;
import io.leadbridge.core.workflow.sla.SlaRules;
import io.leadbridge.core.workflow.sla.SlaTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workflow pieces the way the follow-up wiring will join them: an MQL starts the speed-to-lead clock, the
 * SDR's first touch stops it, SQL hands the person to the AE with a note and starts the acceptance clock, the AE
 * rejects with a reason and the person is recycled; another MQL nobody touches breaches; the funnel shows it all.
 */
class SdrWorkflowScenarioTest {

    private static final String SAM = "sam.sdr@leadbridge.example";
    private static final String ALEX = "alex.ae@leadbridge.example";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RecordingWorkflowActions crm = new RecordingWorkflowActions();
    private final SlaTimers sla = new SlaTimers(new SlaPolicy(SlaRules.defaults()), new InMemoryTimerStore(), crm,
            ledger, audit, clock, Duration.ofMinutes(2));
    private final HandoffPolicy handoff = new HandoffPolicy(HandoffRules.defaults(), RecycleRules.defaults());
    private final PersonId kim = PersonId.newId();
    private final PersonId noor = PersonId.newId();
    private final List<Touch> kimsTouches = new ArrayList<>();

    @Test
    void anMqlWorkedInTimeIsHandedOffRejectedAndRecycledWhileAnUntouchedMqlBreaches() {
        Instant mqlAt = clock.instant();
        move(kim, FunnelStage.NEW, FunnelStage.MQL, Optional.empty());
        move(noor, FunnelStage.NEW, FunnelStage.MQL, Optional.empty());
        sla.start(SlaKind.FIRST_TOUCH, kim, SAM, mqlAt);
        sla.start(SlaKind.FIRST_TOUCH, noor, SAM, mqlAt);

        clock.advance(Duration.ofMinutes(18));
        touch(TouchDirection.OUTBOUND, "Leadbridge for Acme");
        sla.stop(kim, SlaKind.FIRST_TOUCH, clock.instant());
        clock.advance(Duration.ofMinutes(13));
        sla.fireDue(50);

        clock.advance(Duration.ofDays(1));
        touch(TouchDirection.INBOUND, "Re: Leadbridge for Acme");
        move(kim, FunnelStage.MQL, FunnelStage.SQL, Optional.of(ALEX));
        Map<String, String> bant = new LinkedHashMap<>();
        bant.put("Budget", "Approved");
        bant.put("Need", "CRMs drift apart");
        HandoffDecision handedOff = handoff.handOff(new HandoffInput(kim, "Kim Lee (Acme)", SAM, ALEX,
                clock.instant(), bant, 78, List.of("+30 company size"), SdrContextSummary.of(kimsTouches,
                Optional.of(mqlAt)), Optional.empty()), clock.instant());
        crm.perform("handoff:" + kim, handedOff.commands());
        sla.start(SlaKind.AE_ACCEPTANCE, kim, ALEX, clock.instant());

        clock.advance(Duration.ofHours(2));
        HandoffDecision rejected = handoff.reject(kim, FunnelStage.SQL, ALEX, SAM, "No budget until Q3",
                HandoffPolicy.rejectionsIn(ledger.transitionsOf(kim)), clock.instant());
        crm.perform("reject:" + kim + ":1", rejected.commands());
        audit.record(rejected.audit());
        ledger.record(new PersonTransition(kim, rejected.transition().orElseThrow(), Optional.of(SAM),
                Optional.of(ALEX)));
        sla.stop(kim, SlaKind.AE_ACCEPTANCE, clock.instant());
        clock.advance(Duration.ofHours(3));
        sla.fireDue(50);

        assertThat(crm.performed(WriteNote.class).get(0).body()).contains("Time to first touch: 18 minutes")
                .contains("- Budget: Approved");
        assertThat(crm.performed(SetStage.class)).singleElement()
                .satisfies(s -> assertThat(s.backward()).isTrue());
        assertThat(crm.performed(CreateTask.class)).extracting(CreateTask::subject).allSatisfy(subject ->
                assertThat(subject).contains("first touch")).hasSize(2);
        assertThat(audit.of(kim, 20)).extracting(e -> e.kind()).contains(AuditKind.SLA, AuditKind.HANDOFF);

        FunnelReport funnel = FunnelCalculator.report(mqlAt, ledger.transitionsSince(mqlAt),
                ledger.slaEventsSince(mqlAt), RecycleRules.defaults().flagAfterRejections());
        assertThat(funnel.conversions()).startsWith(new StageConversion(FunnelStage.MQL, FunnelStage.SQL, 2, 1),
                new StageConversion(FunnelStage.SQL, FunnelStage.SAL, 1, 0));
        assertThat(funnel.speedToLead().median()).contains(Duration.ofMinutes(18));
        assertThat(funnel.breaches()).containsEntry(SlaKind.FIRST_TOUCH, 1L).containsEntry(SlaKind.AE_ACCEPTANCE, 0L);
        assertThat(funnel.aes()).singleElement().extracting(a -> a.owner()).isEqualTo(ALEX);
        assertThat(funnel.rejectLoops()).as("one rejection is not a loop yet").isEmpty();
    }

    private void move(PersonId person, FunnelStage from, FunnelStage to, Optional<String> ae) {
        StageTransition transition = FunnelTransitions.move(from, to, clock.instant(), "qualification", "rules met");
        ledger.record(new PersonTransition(person, transition, Optional.of(SAM), ae));
    }

    private void touch(TouchDirection direction, String subject) {
        kimsTouches.add(new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T" + kimsTouches.size()),
                TouchChannel.EMAIL, direction, clock.instant(), direction == TouchDirection.OUTBOUND ? SAM
                : "kim@acme.example", subject, "", Optional.empty(), Optional.empty()));
    }
}
