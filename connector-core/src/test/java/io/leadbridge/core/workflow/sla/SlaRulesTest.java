package io.leadbridge.core.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleProblem;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaRulesTest {

    @Test
    void aMarketingOpsAdminWritesTheClocksInMinutesAndHours() {
        RuleReading reading = new RuleReading("rules.yml");
        SlaRules rules = SlaRules.read(section("""
                sla:
                  first-touch: {within: 15m, remind-before: 5m, on-breach: [task, reassign]}
                  ae-acceptance: {within: 1d, remind-before: 2h, on-breach: [escalate]}
                  escalate-to: morgan.manager@leadbridge.example
                """, reading));

        assertThat(reading.problems()).isEmpty();
        assertThat(rules.firstTouch()).isEqualTo(new SlaClockRules(Duration.ofMinutes(15), Duration.ofMinutes(5),
                Set.of(BreachAction.TASK, BreachAction.REASSIGN)));
        assertThat(rules.aeAcceptance().within()).isEqualTo(Duration.ofDays(1));
        assertThat(rules.escalateTo()).contains("morgan.manager@leadbridge.example");
    }

    @Test
    void aMissingSectionMeansThirtyMinutesToFirstTouchAndFourHoursToAccept() {
        RuleReading reading = new RuleReading("rules.yml");
        SlaRules rules = SlaRules.read(section("version: 1\n", reading));

        assertThat(rules).isEqualTo(SlaRules.defaults());
        assertThat(rules.firstTouch().within()).isEqualTo(Duration.ofMinutes(30));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void everyMistakeIsReportedWithItsPath() {
        RuleReading reading = new RuleReading("rules.yml");
        SlaRules rules = SlaRules.read(section("""
                sla:
                  first-touch: {within: 30m, remind-before: 45m, on-breach: [task, shout]}
                  ae-acceptance: {witin: 4h, on-breach: [escalate]}
                """, reading));

        assertThat(reading.problems()).extracting(RuleProblem::toString).containsExactly(
                "sla.first-touch.remind-before: must be shorter than within (30 minutes)",
                "sla.first-touch.on-breach[1]: must be one of task, reassign, escalate, was \"shout\"",
                "sla.ae-acceptance.witin: unknown key 'witin' (allowed here: on-breach, remind-before, within)",
                "sla.escalate-to: is required when an on-breach list names escalate");
        assertThat(rules.escalateTo()).isEqualTo(Optional.empty());
    }

    private static RuleNode section(String yaml, RuleReading reading) {
        return RuleNode.root(RulesYaml.parse(yaml, "rules.yml"), reading).get("sla");
    }
}
