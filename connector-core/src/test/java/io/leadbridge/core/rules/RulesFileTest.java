package io.leadbridge.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.FieldOwnershipRules;
import io.leadbridge.core.sync.StatusRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RulesFileTest {

    static final Path FULL_EXAMPLE = Path.of("..", "docs", "examples", "rules-full.yml");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theCompleteExampleReadsIntoOnePolicyPerSection() throws IOException {
        Rules rules = RulesFile.read(Files.readString(FULL_EXAMPLE), "rules-full.yml", NOW);

        assertThat(rules.section(FieldOwnershipRules.class).byField())
                .containsEntry(PersonField.EMAIL, FieldOwnership.ALWAYS_HUBSPOT)
                .containsEntry(PersonField.LIFECYCLE_STAGE, FieldOwnership.DONT_SYNC);
        assertThat(rules.section(StatusRules.class).table().orElseThrow().forStage(FunnelStage.MQL).orElseThrow()
                .hubspotLifecycleStage()).isEqualTo("marketingqualifiedlead");
        assertThat(rules.section(QualificationRules.class)).isNotNull();
        assertThat(rules.section(RoutingRules.class)).isNotNull();
        assertThat(rules.source()).isEqualTo("rules-full.yml");
        assertThat(rules.loadedAt()).isEqualTo(NOW);
    }

    @Test
    void everyProblemOfEverySectionIsReportedWithItsPath() {
        assertThatThrownBy(() -> RulesFile.read("""
                fields:
                  email: always-hubspott
                  shoeSize: dont-sync
                statuses:
                  - { stage: MQL, hubspot-lifecycle-stage: marketingqualifiedlead }
                  - { stage: MQL, hubspot-lifecycle-stage: lead }
                qualification:
                  scoring:
                    - { id: vp, when: { title-contains: [VP], email: work }, points: 500 }
                    - { id: vp, points: 1 }
                routing:
                  rules:
                    - { id: emea, when: { country: [DE] }, team: emea }
                  teams:
                    global:
                      - { owner: not-an-email }
                sla:
                  first-touch: { within: soon }
                slas:
                  first-touch: 30m
                """, "rules.yml", NOW))
                .isInstanceOfSatisfying(InvalidRulesException.class, invalid -> assertThat(invalid.problems())
                        .extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                                "slas: unknown key 'slas' (allowed here: cadences, fields, handoff, qualification, recycle,"
                                        + " routing, sla, statuses, version)",
                                "sla.first-touch.within: must be a duration such as 30m, 4h, 2d or 1h 30m, was \"soon\"",
                                "version: is required; write version: 1",
                                "fields.shoeSize: unknown key 'shoeSize' (allowed here: " + String.join(", ",
                                        new java.util.TreeSet<>(java.util.Arrays.stream(PersonField.values())
                                                .map(PersonField::key).toList())) + ")",
                                "fields.email: must be one of always-hubspot, always-salesforce,"
                                        + " prefer-hubspot-unless-blank, prefer-salesforce-unless-blank,"
                                        + " two-way-newest-wins, dont-sync, was \"always-hubspott\"",
                                "statuses[1].stage: MQL is mapped twice",
                                "qualification.scoring[0].when.email: must be one of corporate, free-mail, was \"work\"",
                                "qualification.scoring[0].points: must be a whole number from -100 to 100, was \"500\"",
                                "qualification.scoring[1].id: 'vp' is used twice; rule ids name a rule in the audit trail",
                                "routing.teams.global[0].owner: must be an owner's email address, was \"not-an-email\"",
                                "routing.teams.global: a team needs at least one member",
                                "routing.rules[0].team: no team 'emea' is defined under routing.teams (defined: global)"));
    }

    @Test
    void aFileWithOnlyItsVersionIsValidAndLeavesTheStatusTableToTheConfiguration() {
        Rules rules = RulesFile.read("version: 1\n", "minimal.yml", NOW);

        assertThat(rules.section(StatusRules.class).table()).isEmpty();
        assertThat(rules.section(FieldOwnershipRules.class).byField()).isEmpty();
    }

    @Test
    void anotherVersionIsRefused() {
        assertThatThrownBy(() -> RulesFile.read("version: 2\n", "rules.yml", NOW))
                .hasMessageContaining("version: must be a whole number from 1 to 1, was \"2\"");
    }
}
