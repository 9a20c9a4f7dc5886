package io.leadbridge.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.rules.InvalidRulesException;
import io.leadbridge.core.rules.RuleProblem;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.rules.RulesFile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldOwnershipRulesTest {

    private static final FieldMappings TABLE = FieldMappings.validate("connector.sync.person-fields", List.of(
            new PersonFieldMapping(PersonField.EMAIL, Optional.of("email"), Optional.of("Email"),
                    FieldOwnership.ALWAYS_HUBSPOT),
            new PersonFieldMapping(PersonField.PHONE, Optional.of("phone"), Optional.of("Phone"),
                    FieldOwnership.PREFER_HUBSPOT_UNLESS_BLANK),
            new PersonFieldMapping(PersonField.TITLE, Optional.of("jobtitle"), Optional.empty(),
                    FieldOwnership.TWO_WAY_NEWEST_WINS)));

    @Test
    void theRulesFileOwnershipWinsForTheFieldsItNamesAndTheTableKeepsTheRest() {
        FieldMappings applied = rules("fields:\n  phone: prefer-salesforce-unless-blank\n").applyTo(TABLE, "rules.yml");

        assertThat(applied.forField(PersonField.PHONE).orElseThrow().ownership())
                .isEqualTo(FieldOwnership.PREFER_SALESFORCE_UNLESS_BLANK);
        assertThat(applied.forField(PersonField.PHONE).orElseThrow().salesforceField()).contains("Phone");
        assertThat(applied.forField(PersonField.EMAIL).orElseThrow().ownership()).isEqualTo(FieldOwnership.ALWAYS_HUBSPOT);
    }

    @Test
    void aFieldTheTableDoesNotMapOrAnOwnerWithoutAFieldIsReportedAtItsRulesPath() {
        FieldOwnershipRules rules = rules("fields:\n  city: dont-sync\n  title: always-salesforce\n");

        assertThatThrownBy(() -> rules.applyTo(TABLE, "rules.yml"))
                .isInstanceOfSatisfying(InvalidRulesException.class, invalid -> assertThat(invalid.problems())
                        .extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                                "fields.city: city is not in the field-mapping table (connector.sync.person-fields),"
                                        + " so it has no CRM field to sync",
                                "fields.title: always-salesforce but no SALESFORCE field is mapped for title"));
    }

    private static FieldOwnershipRules rules(String section) {
        Rules rules = RulesFile.read("version: 1\n" + section, "rules.yml", Instant.EPOCH);
        return rules.section(FieldOwnershipRules.class);
    }
}
