package io.leadbridge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.InMemoryTimerStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingWorkflowActions;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaPolicy;
import io.leadbridge.core.workflow.sla.SlaResult;
import io.leadbridge.core.workflow.sla.SlaRules;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeedToLeadWorkflowTest {

    private static final String SAM = "sam.sdr@leadbridge.example";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();
    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final SlaTimers sla = new SlaTimers(new SlaPolicy(SlaRules.defaults()), timers,
            new RecordingWorkflowActions(), ledger, new InMemoryAuditTrail(), clock, Duration.ofMinutes(2));
    private final SpeedToLeadWorkflow workflow = new SpeedToLeadWorkflow(sla, ledger);
    private final PersonId kim = PersonId.newId();

    @Test
    void aRoutedMqlIsRecordedInTheFunnelWithItsSdrAndStartsTheSpeedToLeadClock() {
        Instant mqlAt = clock.instant();

        workflow.applied(kim, mql(Optional.of(SAM)));

        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to(), PersonTransition::sdrEmail)
                .containsExactly(tuple(FunnelStage.MQL, Optional.of(SAM)));
        assertThat(timers.pendingOf(kim)).extracting(WorkflowTimer::ownerEmail, WorkflowTimer::startedAt)
                .containsOnly(tuple(SAM, mqlAt));
    }

    @Test
    void theFirstOutboundTouchStopsTheClockAndRecordsTheTimeToFirstTouchOnce() {
        Instant mqlAt = clock.instant();
        workflow.applied(kim, mql(Optional.of(SAM)));
        clock.advance(Duration.ofMinutes(4));

        workflow.onTouch(kim, touch(TouchDirection.INBOUND));
        assertThat(ledger.slaEventsSince(mqlAt)).as("a reply is not the SDR's touch").isEmpty();

        clock.advance(Duration.ofMinutes(8));
        Touch first = touch(TouchDirection.OUTBOUND);
        workflow.onTouch(kim, first);
        workflow.onTouch(kim, first);

        assertThat(timers.pendingOf(kim)).isEmpty();
        assertThat(ledger.slaEventsSince(mqlAt)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SlaKind.FIRST_TOUCH);
            assertThat(event.result()).isEqualTo(SlaResult.MET);
            assertThat(event.elapsed()).isEqualTo(Duration.ofMinutes(12));
        });
    }

    @Test
    void anMqlWithoutANewOwnerIsRecordedButStartsNoClockAndAPlanWithoutAMoveChangesNothing() {
        workflow.applied(kim, mql(Optional.empty()));
        workflow.applied(kim, TriagePlan.NOTHING);

        assertThat(ledger.transitionsOf(kim)).hasSize(1);
        assertThat(timers.pendingOf(kim)).isEmpty();
    }

    private TriagePlan mql(Optional<String> owner) {
        return new TriagePlan(Optional.of("Working - Contacted"), owner, Optional.of(FunnelTransitions.move(
                FunnelStage.NEW, FunnelStage.MQL, clock.instant(), "qualification.mql", "score 60 reaches 60")),
                List.of());
    }

    private Touch touch(TouchDirection direction) {
        return new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T" + direction.ordinal()),
                TouchChannel.EMAIL, direction, clock.instant(), direction == TouchDirection.OUTBOUND ? SAM
                : "kim@acme.example", "Leadbridge for Acme", "", Optional.empty(), Optional.empty());
    }
}
