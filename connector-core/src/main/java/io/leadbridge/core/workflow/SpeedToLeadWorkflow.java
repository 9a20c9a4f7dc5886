package io.leadbridge.core.workflow;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaTimers;
import java.util.Optional;

/**
 * Joins triage and logged touches to the SDR workflow: every funnel move qualification makes is appended to the
 * funnel ledger with the routed SDR; a person who becomes an MQL and is routed to an SDR starts the speed-to-lead
 * clock for that SDR; the person's first outbound touch stops it and records the time to first touch.
 *
 * <p>A person who reaches MQL without being routed now (they kept an owner from an earlier decision) gets no clock:
 * the routed owner is the one the SLA holds to account.
 */
public final class SpeedToLeadWorkflow implements TriageOutcomes, TouchLogged {

    private final SlaTimers clocks;
    private final FunnelLedger ledger;

    public SpeedToLeadWorkflow(SlaTimers clocks, FunnelLedger ledger) {
        this.clocks = clocks;
        this.ledger = ledger;
    }

    @Override
    public void applied(PersonId person, TriagePlan plan) {
        if (plan.move().isEmpty()) {
            return;
        }
        StageTransition move = plan.move().get();
        if (move.to() == FunnelStage.SQL) {
            return;
        }
        ledger.record(new PersonTransition(person, move, plan.owner(), Optional.empty()));
        if (move.to() == FunnelStage.MQL && plan.owner().isPresent()) {
            clocks.start(SlaKind.FIRST_TOUCH, person, plan.owner().get(), move.at());
        }
    }

    @Override
    public void onTouch(PersonId person, Touch touch) {
        if (touch.direction() == Touch.TouchDirection.OUTBOUND) {
            clocks.stop(person, SlaKind.FIRST_TOUCH, touch.occurredAt());
        }
    }
}
