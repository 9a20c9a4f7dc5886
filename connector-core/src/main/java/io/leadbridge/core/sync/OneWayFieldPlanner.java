package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a one-way sync of a person from the CRM where it changed to the other one, field by field,
 * from the ownership rules ({@link OwnershipRule}). The target's current values are used when known
 * (prefer-target-unless-blank needs them); without them the planner stays on the safe side and never overwrites
 * a field the target might own.
 */
public final class OneWayFieldPlanner {

    private final FieldMappings mappings;

    public OneWayFieldPlanner(FieldMappings mappings) {
        this.mappings = mappings;
    }

    /**
     * @param from   the CRM the change came from
     * @param source the changed person, as {@code from} shows them
     * @param target the person as the other CRM shows them, when known
     */
    public SyncPlan plan(CrmSystem from, Person source, Optional<Person> target) {
        CrmSystem to = from.other();
        List<FieldDecision> decisions = new ArrayList<>();
        for (PersonFieldMapping mapping : mappings.all()) {
            if (mapping.nameIn(from).isEmpty() || mapping.nameIn(to).isEmpty()) {
                continue;
            }
            PersonField field = mapping.field();
            FieldVerdict verdict = OwnershipRule.decide(mapping.ownership(), from, source.get(field),
                    target.isPresent(), target.flatMap(t -> t.get(field)));
            decisions.add(new FieldDecision(field, verdict.action(), verdict.value(), verdict.reason()));
        }
        return new SyncPlan(decisions);
    }
}
