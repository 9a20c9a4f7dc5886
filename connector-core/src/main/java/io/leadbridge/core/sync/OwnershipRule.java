package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import java.util.Optional;

/**
 * The field-ownership rules, applied to one field of a change going from one CRM to the other. Shared by the
 * person and company planners, so both read a rules file the same way. Every reason starts with the rule's key.
 */
public final class OwnershipRule {

    private OwnershipRule() {
    }

    /**
     * @param ownership   the field's rule
     * @param from        the CRM the change came from
     * @param value       the field's value there; empty when blank
     * @param targetKnown whether the other CRM's current values are known
     * @param targetValue the other CRM's value, when known and not blank
     */
    public static FieldVerdict decide(FieldOwnership ownership, CrmSystem from, Optional<String> value,
                                      boolean targetKnown, Optional<String> targetValue) {
        String rule = ownership.key();
        return switch (ownership) {
            case DONT_SYNC -> FieldVerdict.skip("dont-sync: the field is not synced");
            case ALWAYS_HUBSPOT, ALWAYS_SALESFORCE -> ownership.always().orElseThrow() == from
                    ? FieldVerdict.copy(value, rule + ": " + from + " owns the field")
                    : FieldVerdict.skip(rule + ": the change came from " + from + ", which does not own the field");
            case PREFER_HUBSPOT_UNLESS_BLANK, PREFER_SALESFORCE_UNLESS_BLANK ->
                    preferUnlessBlank(ownership, from, value, targetKnown, targetValue);
            case TWO_WAY_NEWEST_WINS -> FieldVerdict.copy(value, rule + ": the change from " + from + " is the newest");
        };
    }

    private static FieldVerdict preferUnlessBlank(FieldOwnership ownership, CrmSystem from, Optional<String> value,
                                                  boolean targetKnown, Optional<String> targetValue) {
        String rule = ownership.key();
        if (ownership.preferred().orElseThrow() == from) {
            return value.isPresent()
                    ? FieldVerdict.write(value.get(), rule + ": " + from + " is preferred and has a value")
                    : FieldVerdict.skip(rule + ": " + from + " is preferred but blank, so the other side's value"
                            + " stays");
        }
        if (value.isEmpty()) {
            return FieldVerdict.skip(rule + ": nothing to fill in from " + from);
        }
        if (!targetKnown) {
            return FieldVerdict.skip(rule + ": " + from.other() + " is preferred and its value is not known here");
        }
        return targetValue.isEmpty()
                ? FieldVerdict.write(value.get(), rule + ": " + from.other() + " is blank, so " + from + " fills it")
                : FieldVerdict.skip(rule + ": " + from.other() + " is preferred and has a value");
    }
}
