package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a one-way sync of a person from the CRM where it changed to the other one, field by field,
 * from the ownership rules. The target's current values are used when known (prefer-target-unless-blank
 * needs them); without them the planner stays on the safe side and never overwrites a field the target
 * might own.
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
            decisions.add(decide(mapping, from, source, target));
        }
        return new SyncPlan(decisions);
    }

    private static FieldDecision decide(PersonFieldMapping mapping, CrmSystem from, Person source,
                                        Optional<Person> target) {
        PersonField field = mapping.field();
        Optional<String> value = source.get(field);
        String rule = mapping.ownership().key();
        return switch (mapping.ownership()) {
            case DONT_SYNC -> skip(field, "dont-sync: the field is not synced");
            case ALWAYS_HUBSPOT, ALWAYS_SALESFORCE -> mapping.ownership().always().orElseThrow() == from
                    ? copy(field, value, rule + ": " + from + " owns the field")
                    : skip(field, rule + ": the change came from " + from + ", which does not own the field");
            case PREFER_HUBSPOT_UNLESS_BLANK, PREFER_SALESFORCE_UNLESS_BLANK ->
                    preferUnlessBlank(mapping, from, value, target);
            case TWO_WAY_NEWEST_WINS -> copy(field, value, rule + ": the change from " + from + " is the newest");
        };
    }

    private static FieldDecision preferUnlessBlank(PersonFieldMapping mapping, CrmSystem from, Optional<String> value,
                                                   Optional<Person> target) {
        PersonField field = mapping.field();
        String rule = mapping.ownership().key();
        if (mapping.ownership().preferred().orElseThrow() == from) {
            return value.isPresent()
                    ? write(field, value.get(), rule + ": " + from + " is preferred and has a value")
                    : skip(field, rule + ": " + from + " is preferred but blank, so the other side's value stays");
        }
        if (value.isEmpty()) {
            return skip(field, rule + ": nothing to fill in from " + from);
        }
        if (target.isEmpty()) {
            return skip(field, rule + ": " + from.other() + " is preferred and its value is not known here");
        }
        return target.get().get(field).isEmpty()
                ? write(field, value.get(), rule + ": " + from.other() + " is blank, so " + from + " fills it")
                : skip(field, rule + ": " + from.other() + " is preferred and has a value");
    }

    private static FieldDecision copy(PersonField field, Optional<String> value, String reason) {
        return value.map(v -> write(field, v, reason))
                .orElseGet(() -> new FieldDecision(field, FieldDecision.Action.CLEAR, "", reason + "; it is blank there"));
    }

    private static FieldDecision write(PersonField field, String value, String reason) {
        return new FieldDecision(field, FieldDecision.Action.WRITE, value, reason);
    }

    private static FieldDecision skip(PersonField field, String reason) {
        return new FieldDecision(field, FieldDecision.Action.SKIP, "", reason);
    }
}
