package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.qualification.QualificationDecision;
import io.leadbridge.core.qualification.ScoreLine;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingDecision;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaTimers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The handoff at SQL: when triage moves a person to SQL, an AE is picked from the rules' {@code handoff.ae-team} by
 * the weighted round robin, the handoff note ({@link HandoffNote}: BANT answers, score and reasons, touch history,
 * time to first touch, SDR, next step) and the AE as owner go to the command outbox, the move is recorded in the
 * funnel ledger with the SDR and the AE, and the AE-acceptance clock starts. Without an AE team, an available AE or
 * an SDR the move is recorded and the audit trail says why nobody was handed the person.
 *
 * <p>The move is recorded last, and a person whose last recorded move is already to SQL was handed off before (a
 * retried triage): nothing again. A retry before the move is recorded hands off again at the retry's time (triage
 * decides anew, ADR 0019), so its commands form a new batch.
 */
public final class SqlHandoff implements TriageOutcomes {

    private final Supplier<Rules> rules;
    private final FunnelLedger ledger;
    private final SlaTimers clocks;
    private final WorkflowActions actions;
    private final AuditTrail audit;
    private final RoundRobinLedger roundRobin;
    private final TouchHistory touches;

    public SqlHandoff(Supplier<Rules> rules, FunnelLedger ledger, SlaTimers clocks, WorkflowActions actions,
                      AuditTrail audit, RoundRobinLedger roundRobin, TouchHistory touches) {
        this.rules = rules;
        this.ledger = ledger;
        this.clocks = clocks;
        this.actions = actions;
        this.audit = audit;
        this.roundRobin = roundRobin;
        this.touches = touches;
    }

    @Override
    public void applied(PersonId person, TriagePlan plan) {
        Optional<StageTransition> sql = plan.move().filter(move -> move.to() == FunnelStage.SQL);
        if (sql.isEmpty()) {
            return;
        }
        StageTransition move = sql.get();
        List<PersonTransition> moves = ledger.transitionsOf(person);
        if (!moves.isEmpty() && moves.get(moves.size() - 1).transition().to() == FunnelStage.SQL) {
            return;
        }
        Rules active = rules.get();
        HandoffRules handoff = active.section(HandoffRules.class);
        Optional<String> sdr = plan.owner().or(() -> lastSdr(moves));
        Optional<RoutingDecision> routed = handoff.aeTeam()
                .map(team -> active.section(RoutingRules.class).routeToTeam(team, move.at(), roundRobin));
        Optional<String> ae = routed.flatMap(RoutingDecision::owner);
        if (ae.isEmpty() || sdr.isEmpty()) {
            ledger.record(new PersonTransition(person, move, sdr, Optional.empty()));
            audit.record(List.of(AuditEntry.of(person, move.at(), AuditKind.HANDOFF, HandoffPolicy.HANDOFF_RULE,
                    "Sales-qualified, but not handed to an AE: " + whyNot(handoff, routed, sdr))));
            return;
        }
        HandoffInput input = new HandoffInput(person, "", sdr.get(), ae.get(), move.at(), bant(plan.bantAnswers()),
                plan.decision().map(QualificationDecision::score).orElse(0), scoreReasons(plan.decision()),
                SdrContextSummary.of(touches.of(person), mqlAt(moves)), Optional.empty());
        HandoffDecision decision = new HandoffPolicy(handoff, active.section(RecycleRules.class))
                .handOff(input, move.at());
        actions.perform("handoff:" + person + ":" + move.at().toEpochMilli(), decision.commands());
        clocks.start(SlaKind.AE_ACCEPTANCE, person, ae.get(), move.at());
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(AuditEntry.of(person, move.at(), AuditKind.ROUTING, routed.get().ruleId(), routed.get().reason())
                .with(Map.of("owner", ae.get())));
        entries.addAll(decision.audit());
        audit.record(entries);
        ledger.record(new PersonTransition(person, move, sdr, ae));
    }

    private static String whyNot(HandoffRules handoff, Optional<RoutingDecision> routed, Optional<String> sdr) {
        if (handoff.aeTeam().isEmpty()) {
            return "the rules name no handoff.ae-team";
        }
        if (routed.flatMap(RoutingDecision::owner).isEmpty()) {
            return "no AE is available (" + routed.map(RoutingDecision::reason).orElse("") + ")";
        }
        return "no SDR owns the person, so a rejection would have nobody to go back to";
    }

    private static Optional<String> lastSdr(List<PersonTransition> moves) {
        for (int i = moves.size() - 1; i >= 0; i--) {
            if (moves.get(i).sdrEmail().isPresent()) {
                return moves.get(i).sdrEmail();
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> mqlAt(List<PersonTransition> moves) {
        return moves.stream().map(PersonTransition::transition).filter(move -> move.to() == FunnelStage.MQL)
                .reduce((first, later) -> later).map(StageTransition::at);
    }

    /** "budget" -> "Budget", in the order triage gave them. */
    private static Map<String, String> bant(Map<String, String> answers) {
        Map<String, String> shown = new LinkedHashMap<>();
        answers.forEach((question, answer) -> shown.put(
                question.substring(0, 1).toUpperCase(Locale.ROOT) + question.substring(1), answer));
        return shown;
    }

    private static List<String> scoreReasons(Optional<QualificationDecision> decision) {
        return decision.map(d -> d.scoreLines().stream().map(ScoreLine::toString).toList()).orElse(List.of());
    }
}
