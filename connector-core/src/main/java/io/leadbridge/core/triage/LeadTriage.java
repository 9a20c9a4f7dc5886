package io.leadbridge.core.triage;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.qualification.BantQuestion;
import io.leadbridge.core.qualification.Engagement;
import io.leadbridge.core.qualification.QualificationDecision;
import io.leadbridge.core.qualification.QualificationOutcome;
import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingDecision;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Qualifies a person and, when they qualify, routes them; decides which status value and owner their Salesforce
 * lead gets. Acts only when the qualification outcome differs from the last one recorded, so an unchanged person
 * is not re-routed by every edit; a person already routed keeps their owner (recycling is the workflow's business).
 * The status moves only where {@link FunnelTransitions} allows it from the last outcome's stage.
 */
public final class LeadTriage {

    /** Outcomes that give the person an owner. */
    private static final Set<QualificationOutcome> ROUTED = EnumSet.of(QualificationOutcome.MQL,
            QualificationOutcome.SQL, QualificationOutcome.PARTNER_QUEUE);

    private final QualificationRules qualification;
    private final RoutingRules routing;
    private final StatusMappings statuses;

    public LeadTriage(QualificationRules qualification, RoutingRules routing, StatusMappings statuses) {
        this.qualification = qualification;
        this.routing = routing;
        this.statuses = statuses;
    }

    /**
     * @param history      the person's audit trail, newest first (the last outcome and owner are read from it)
     * @param accountOwner looks up the owner of the account of the person's email domain
     */
    public TriagePlan plan(PersonId id, Person person, Engagement engagement, List<AuditEntry> history,
                           AccountOwners accountOwner, Instant now, RoundRobinLedger ledger) {
        QualificationDecision decision = qualification.decide(person, engagement);
        Optional<QualificationOutcome> last = lastOutcome(history);
        if (last.filter(decision.outcome()::equals).isPresent()) {
            return TriagePlan.NOTHING;
        }
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(AuditEntry.of(id, now, AuditKind.QUALIFICATION, decision.ruleId(), decision.reason())
                .with(Map.of("outcome", decision.outcome().name(), "score", String.valueOf(decision.score()),
                        "source", decision.source().name())));
        Optional<String> status = status(decision.outcome(), last.flatMap(QualificationOutcome::stage));
        Optional<String> owner = Optional.empty();
        if (ROUTED.contains(decision.outcome()) && lastOwner(history).isEmpty()) {
            Optional<String> accountOwnerEmail = qualification.factsOf(person, engagement).emailDomain()
                    .flatMap(accountOwner::ownerOf);
            RoutingDecision routed = routing.route(qualification.factsOf(person, engagement), decision.outcome(),
                    accountOwnerEmail, now, ledger);
            owner = routed.owner();
            audit.add(AuditEntry.of(id, now, AuditKind.ROUTING, routed.ruleId(), routed.reason())
                    .with(routed.owner().map(o -> Map.of("owner", o)).orElse(Map.of())));
        }
        return new TriagePlan(status, owner, move(decision, last.flatMap(QualificationOutcome::stage), now), audit,
                Optional.of(decision), bantAnswers(person));
    }

    private static Map<String, String> bantAnswers(Person person) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (BantQuestion question : BantQuestion.values()) {
            answers.put(question.key(), person.get(question.field()).orElse(""));
        }
        return answers;
    }

    /** The funnel move the outcome makes from the last outcome's stage (NEW for a first decision), if allowed. */
    private static Optional<StageTransition> move(QualificationDecision decision, Optional<FunnelStage> current,
                                                  Instant now) {
        FunnelStage from = current.orElse(FunnelStage.NEW);
        return decision.outcome().stage().filter(to -> FunnelTransitions.allowed(from, to))
                .map(to -> FunnelTransitions.move(from, to, now, "qualification." + decision.ruleId(),
                        decision.reason()));
    }

    private Optional<String> status(QualificationOutcome outcome, Optional<FunnelStage> current) {
        Optional<FunnelStage> target = outcome.stage();
        if (target.isEmpty() || current.filter(from -> !FunnelTransitions.allowed(from, target.get())).isPresent()) {
            return Optional.empty();
        }
        return statuses.forStage(target.get()).flatMap(StatusMapping::salesforceLeadStatus);
    }

    private static Optional<QualificationOutcome> lastOutcome(List<AuditEntry> history) {
        return history.stream().filter(e -> e.kind() == AuditKind.QUALIFICATION)
                .map(e -> e.details().get("outcome")).filter(o -> o != null).findFirst()
                .map(QualificationOutcome::valueOf);
    }

    private static Optional<String> lastOwner(List<AuditEntry> history) {
        return history.stream().filter(e -> e.kind() == AuditKind.ROUTING)
                .map(e -> e.details().get("owner")).filter(o -> o != null).findFirst();
    }
}
