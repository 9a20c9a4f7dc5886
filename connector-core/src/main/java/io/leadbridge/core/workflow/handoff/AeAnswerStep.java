package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.metrics.Rejections;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaTimers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The AE's answer to a handoff, read from the person's record after each settled change of a Salesforce Lead or a
 * HubSpot contact whose person is waiting at SQL (the last move in the funnel ledger), with the rules of that CRM
 * ({@link HandoffRules#answersIn}): an accept status accepts (SAL, Lead converted if the rules say so); a reject
 * status, with the reason in the rules' reason field, rejects (recycled to the SDR per the {@code recycle} rules, note with the
 * reason in both CRMs, reject loop flagged). Either answer stops the AE-acceptance clock, and the move, the commands
 * and the audit entries are recorded. A reject without a reason is audited and waits for the reason.
 *
 * <p>The record is read only for people waiting at SQL, so other changes cost no call; with no answer statuses for
 * the change's CRM, the person is not looked up either. The move is recorded last:
 * until it is, a retry after a failure answers again, sending the same command batch (keyed by the change), which
 * the outbox stores once, and finding the clock already stopped; only the audit entry may show twice.
 */
public final class AeAnswerStep implements SettledChangeListener {

    public static final String WAITING_FOR_REASON_RULE = "recycle.reason";

    private final Supplier<Rules> rules;
    private final IdMappingStore ids;
    private final FunnelLedger ledger;
    private final Map<CrmSystem, LeadAnswers> answers;
    private final SlaTimers clocks;
    private final WorkflowActions actions;
    private final AuditTrail audit;
    private final Clock clock;

    /** @param answers reads the status and reason of a person's record, per CRM the AE may answer in */
    public AeAnswerStep(Supplier<Rules> rules, IdMappingStore ids, FunnelLedger ledger,
                        Map<CrmSystem, LeadAnswers> answers, SlaTimers clocks, WorkflowActions actions,
                        AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.ids = ids;
        this.ledger = ledger;
        this.answers = Map.copyOf(answers);
        this.clocks = clocks;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void settled(ChangeEvent change) {
        ExternalRef record = change.ref();
        if (change.kind() == ChangeKind.DELETE || !answers.containsKey(record.system())
                || record.system() == CrmSystem.SALESFORCE && !"Lead".equals(record.objectType())) {
            return;
        }
        Rules active = rules.get();
        HandoffRules handoff = active.section(HandoffRules.class);
        AnswerStatuses statuses = handoff.answersIn(record.system());
        if (!statuses.any()) {
            return;
        }
        Optional<PersonId> person = ids.find(record);
        if (person.isEmpty()) {
            return;
        }
        List<PersonTransition> moves = ledger.transitionsOf(person.get());
        if (moves.isEmpty() || moves.get(moves.size() - 1).transition().to() != FunnelStage.SQL) {
            return;
        }
        PersonTransition handedOff = moves.get(moves.size() - 1);
        LeadAnswers.Answer answer = answers.get(record.system()).read(record, statuses.reasonField());
        String ae = handedOff.aeEmail().orElse("the Lead's owner");
        Instant now = clock.instant();
        HandoffPolicy policy = new HandoffPolicy(handoff, active.section(RecycleRules.class));
        HandoffDecision decision;
        if (statuses.accept().contains(answer.status())) {
            decision = policy.accept(person.get(), FunnelStage.SQL, ae, now);
        } else if (!statuses.reject().contains(answer.status())) {
            return;
        } else if (answer.reason().isBlank() || handedOff.sdrEmail().isEmpty()) {
            audit.record(List.of(AuditEntry.of(person.get(), now, AuditKind.HANDOFF, WAITING_FOR_REASON_RULE,
                    "The " + record.system() + " status " + answer.status() + " rejects the handoff, but "
                            + (answer.reason().isBlank() ? statuses.reasonField().orElse("the reason field")
                            + " is empty: recycled once the AE gives a reason"
                            : "no SDR is recorded to recycle the person to")).about(record)));
            return;
        } else {
            decision = policy.reject(person.get(), FunnelStage.SQL, ae, handedOff.sdrEmail().get(), answer.reason(),
                    Rejections.count(moves), now);
        }
        actions.perform("ae-answer:" + person.get() + ":" + change.modifiedAt().toEpochMilli(),
                decision.commands());
        clocks.stop(person.get(), SlaKind.AE_ACCEPTANCE, now);
        audit.record(decision.audit().stream().map(entry -> entry.about(record)).toList());
        decision.transition().ifPresent(move -> ledger.record(new PersonTransition(person.get(), move,
                handedOff.sdrEmail(), handedOff.aeEmail())));
    }
}
