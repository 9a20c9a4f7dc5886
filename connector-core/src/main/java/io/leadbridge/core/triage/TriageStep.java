package io.leadbridge.core.triage;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.qualification.Engagement;
import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StatusMappings;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Triage after sync: when a HubSpot contact's change has been settled into its Salesforce Lead, qualify and route
 * the person under the rules in force ({@link LeadTriage}), set the Lead's status and owner, and then record the
 * decisions in the audit trail. A failed write throws, so the change is retried and triage runs again; decisions
 * are recorded only once applied, after the {@link TriageOutcomes} listener has taken the plan. Engagement is not
 * fed yet: every person is scored with no touches.
 */
public final class TriageStep implements SettledChangeListener {

    /** How much of a person's qualification and routing trail is read for their last outcome and owner. */
    static final int HISTORY = 100;
    private static final Set<AuditKind> TRIAGE_KINDS = EnumSet.of(AuditKind.QUALIFICATION, AuditKind.ROUTING);

    private final Supplier<Rules> rules;
    private final StatusMappings statuses;
    private final IdMappingStore ids;
    private final AuditTrail audit;
    private final AccountOwners accountOwners;
    private final RoundRobinLedger ledger;
    private final LeadAssignments assignments;
    private final Clock clock;
    private final TriageOutcomes outcomes;

    /** @param outcomes told of each applied plan before its decisions are recorded (the SDR workflow) */
    public TriageStep(Supplier<Rules> rules, StatusMappings statuses, IdMappingStore ids, AuditTrail audit,
                      AccountOwners accountOwners, RoundRobinLedger ledger, LeadAssignments assignments, Clock clock,
                      TriageOutcomes outcomes) {
        this.rules = rules;
        this.statuses = statuses;
        this.ids = ids;
        this.audit = audit;
        this.accountOwners = accountOwners;
        this.ledger = ledger;
        this.assignments = assignments;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    @Override
    public void settled(ChangeEvent change) {
        if (change.ref().system() != CrmSystem.HUBSPOT || change.person().isEmpty()) {
            return;
        }
        Optional<PersonId> person = ids.find(change.ref());
        Optional<ExternalRef> lead = person.flatMap(p -> ids.refIn(p, CrmSystem.SALESFORCE))
                .filter(ref -> "Lead".equals(ref.objectType()));
        if (lead.isEmpty()) {
            return;
        }
        Rules active = rules.get();
        LeadTriage triage = new LeadTriage(active.section(QualificationRules.class),
                active.section(RoutingRules.class), statuses);
        TriagePlan plan = triage.plan(person.get(), change.person().get(), Engagement.NONE,
                audit.of(person.get(), TRIAGE_KINDS, HISTORY), accountOwners, clock.instant(), ledger);
        if (plan.writes()) {
            assignments.apply(lead.get(), plan.status(), plan.owner());
        }
        outcomes.applied(person.get(), plan);
        audit.record(plan.audit().stream().map(entry -> entry.about(lead.get())).toList());
    }
}
