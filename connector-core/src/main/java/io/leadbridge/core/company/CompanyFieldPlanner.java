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
import java.util.Map;
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
        if (otherSide.isPresent() && otherSide.get().ref().system() != from.other()) {
            throw new IllegalArgumentException("the other side's snapshot must be a " + from.other() + " record, was "
                    + otherSide.get().ref());
        }
        return plan(from, source, changedAt, otherSide.map(s -> CompanyField.valuesOf(s.company())),
                otherSide.map(CompanySnapshot::changedAt));
    }

    /**
     * Plans a change when the other side's values and its last change are known apart: a record matched by domain
     * but never seen (its last-modified time only), or a record about to be created (no values, all blank).
     *
     * @param otherValues    the other record's non-blank values, when known
     * @param otherChangedAt the other record's last change of its own, when known
     */
    public CompanyPlan plan(CrmSystem from, Company source, Instant changedAt,
                            Optional<Map<CompanyField, String>> otherValues, Optional<Instant> otherChangedAt) {
        Objects.requireNonNull(changedAt, "changedAt");
        List<CompanyFieldDecision> decisions = new ArrayList<>();
        for (CompanyFieldMapping mapping : mappings.all()) {
            if (mapping.nameIn(from).isEmpty() || mapping.nameIn(from.other()).isEmpty()) {
                continue;
            }
            CompanyField field = mapping.field();
            FieldVerdict verdict = OwnershipRule.decide(mapping.ownership(), from, field.valueIn(source),
                    otherValues.isPresent(), otherValues.flatMap(v -> Optional.ofNullable(v.get(field))));
            if (mapping.ownership() == FieldOwnership.TWO_WAY_NEWEST_WINS) {
                verdict = newestWins.apply(verdict, from, changedAt, otherChangedAt);
            }
            decisions.add(new CompanyFieldDecision(field, verdict.action(), verdict.value(), verdict.reason()));
        }
        return new CompanyPlan(decisions);
    }

    /** Whether {@code field} is mapped under {@code two-way-newest-wins}. */
    public boolean isNewestWins(CompanyField field) {
        return mappings.forField(field).map(CompanyFieldMapping::ownership)
                .filter(o -> o == FieldOwnership.TWO_WAY_NEWEST_WINS).isPresent();
    }
}
