package io.leadbridge.core.company;

import io.leadbridge.core.conflict.NewestWins;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.FieldVerdict;
import io.leadbridge.core.sync.OwnershipRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a company change (HubSpot company ⇄ Salesforce Account) field by field, with the same ownership rules
 * and newest-wins comparison as people. Fields mapped in one CRM only are not planned.
 */
public final class CompanyFieldPlanner {

    private final CompanyFieldMappings mappings;
    private final NewestWins newestWins;

    public CompanyFieldPlanner(CompanyFieldMappings mappings, CrmSystem tieWinner) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.newestWins = new NewestWins(tieWinner);
    }

    /**
     * @param from      the CRM the change came from
     * @param source    the changed company, as {@code from} shows it
     * @param changedAt the change's time, in the CRM's clock
     * @param otherSide the other CRM's company record as last seen, when known
     */
    public CompanyPlan plan(CrmSystem from, Company source, Instant changedAt, Optional<CompanySnapshot> otherSide) {
        Objects.requireNonNull(changedAt, "changedAt");
        if (otherSide.isPresent() && otherSide.get().ref().system() != from.other()) {
            throw new IllegalArgumentException("the other side's snapshot must be a " + from.other() + " record, was "
                    + otherSide.get().ref());
        }
        List<CompanyFieldDecision> decisions = new ArrayList<>();
        for (CompanyFieldMapping mapping : mappings.all()) {
            if (mapping.nameIn(from).isEmpty() || mapping.nameIn(from.other()).isEmpty()) {
                continue;
            }
            CompanyField field = mapping.field();
            FieldVerdict verdict = OwnershipRule.decide(mapping.ownership(), from, field.valueIn(source),
                    otherSide.isPresent(), otherSide.flatMap(s -> field.valueIn(s.company())));
            if (mapping.ownership() == FieldOwnership.TWO_WAY_NEWEST_WINS) {
                verdict = newestWins.apply(verdict, from, changedAt, otherSide.map(CompanySnapshot::changedAt));
            }
            decisions.add(new CompanyFieldDecision(field, verdict.action(), verdict.value(), verdict.reason()));
        }
        return new CompanyPlan(decisions);
    }
}
