package io.leadbridge.core.sync;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.rules.InvalidRulesException;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fields} section of the rules file: who owns each person field ({@code email: always-hubspot}). It
 * overrides the ownership column of the field-mapping table, which keeps naming the CRM fields; a field the
 * section leaves out keeps the table's ownership.
 */
public final class FieldOwnershipRules {

    public static final String SECTION = "fields";

    private final Map<PersonField, FieldOwnership> byField;

    private FieldOwnershipRules(Map<PersonField, FieldOwnership> byField) {
        this.byField = byField.isEmpty() ? Map.of() : new EnumMap<>(byField);
    }

    public static FieldOwnershipRules read(RuleNode section) {
        section.allowOnly(Arrays.stream(PersonField.values()).map(PersonField::key).toArray(String[]::new));
        Map<PersonField, FieldOwnership> byField = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            RuleNode node = section.get(field.key());
            if (!node.isMissing()) {
                byField.put(field, node.oneOf(FieldOwnership.class, FieldOwnership.TWO_WAY_NEWEST_WINS));
            }
        }
        return new FieldOwnershipRules(byField);
    }

    public Map<PersonField, FieldOwnership> byField() {
        return byField;
    }

    /**
     * The mapping table with this section's ownership applied.
     *
     * @throws InvalidRulesException naming each {@code fields.<field>} the table does not
     *         map, or whose always-X rule has no X field in the table
     */
    public FieldMappings applyTo(FieldMappings table, String source) {
        List<RuleProblem> problems = new ArrayList<>();
        List<PersonFieldMapping> mappings = new ArrayList<>();
        byField.forEach((field, ownership) -> {
            if (table.forField(field).isEmpty()) {
                problems.add(new RuleProblem(SECTION + "." + field.key(), field.key() + " is not in the field-mapping"
                        + " table (connector.sync.person-fields), so it has no CRM field to sync"));
            }
        });
        for (PersonFieldMapping mapping : table.all()) {
            FieldOwnership ownership = byField.getOrDefault(mapping.field(), mapping.ownership());
            ownership.always().filter(owner -> mapping.nameIn(owner).isEmpty()).ifPresent(owner -> problems.add(
                    new RuleProblem(SECTION + "." + mapping.field().key(), ownership.key() + " but no " + owner
                            + " field is mapped for " + mapping.field().key())));
            mappings.add(new PersonFieldMapping(mapping.field(), mapping.hubspotProperty(), mapping.salesforceField(),
                    ownership));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(source, problems);
        }
        return FieldMappings.validate(SECTION, mappings);
    }
}
