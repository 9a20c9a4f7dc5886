package io.leadbridge.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleNodeTest {

    private enum Verdict { ALWAYS_HUBSPOT, TWO_WAY_NEWEST_WINS }

    @Test
    void oneReadingReportsEveryProblemWithItsPathAndKeepsTheDefaults() {
        RuleReading reading = new RuleReading("rules.yml");
        RuleNode root = RuleNode.root(RulesYaml.parse("""
                version: 1
                qualification:
                  mql-score: lots
                  scoring:
                    - field: title
                      wieght: 10
                    - field: industry
                      weight: 200
                sla:
                  first-touch: soon
                """, "rules.yml"), reading).allowOnly("version", "qualification", "sla");

        RuleNode qualification = root.get("qualification").allowOnly("mql-score", "scoring");
        int mqlScore = qualification.get("mql-score").integer(50, 0, 100);
        List<Integer> weights = qualification.get("scoring").items().stream()
                .map(rule -> rule.allowOnly("field", "weight").get("weight").integer(0, 0, 100)).toList();
        Duration firstTouch = root.get("sla").allowOnly("first-touch").get("first-touch").duration(Duration.ofMinutes(30));

        assertThat(mqlScore).isEqualTo(50);
        assertThat(weights).containsExactly(0, 0);
        assertThat(firstTouch).isEqualTo(Duration.ofMinutes(30));
        assertThat(reading.problems()).extracting(RuleProblem::toString).containsExactly(
                "qualification.mql-score: must be a whole number from 0 to 100, was \"lots\"",
                "qualification.scoring[0].wieght: unknown key 'wieght' (allowed here: field, weight)",
                "qualification.scoring[1].weight: must be a whole number from 0 to 100, was \"200\"",
                "sla.first-touch: must be a duration such as 30m, 4h, 2d or 1h 30m, was \"soon\"");
        assertThatThrownBy(reading::failOnProblems).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("has 4 problems").hasMessageContaining("sla.first-touch");
    }

    @Test
    void declaredKeysArePathPatternsForTheReferenceCheck() {
        RuleReading reading = new RuleReading("rules.yml");
        RuleNode root = RuleNode.root(RulesYaml.parse("""
                routing:
                  territories:
                    emea: {countries: [DE, FR]}
                """, "rules.yml"), reading).allowOnly("routing");
        root.get("routing").allowOnly("territories").get("territories").entries()
                .forEach((name, territory) -> territory.allowOnly("countries").get("countries").texts());

        assertThat(reading.declaredKeys()).containsExactlyInAnyOrder("routing", "routing.territories",
                "routing.territories.*.countries");
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void durationsAndChoicesReadTheWayAnAdminWritesThem() {
        RuleReading reading = new RuleReading("rules.yml");
        RuleNode root = RuleNode.root(RulesYaml.parse("""
                a: 1h 30m
                b: PT45M
                c: 2d
                d: two-way-newest-wins
                e: sometimes
                f: [x, y]
                """, "rules.yml"), reading);

        assertThat(root.get("a").duration(Duration.ZERO)).isEqualTo(Duration.ofMinutes(90));
        assertThat(root.get("b").duration(Duration.ZERO)).isEqualTo(Duration.ofMinutes(45));
        assertThat(root.get("c").duration(Duration.ZERO)).isEqualTo(Duration.ofDays(2));
        assertThat(root.get("d").oneOf(Verdict.class, Verdict.ALWAYS_HUBSPOT)).isEqualTo(Verdict.TWO_WAY_NEWEST_WINS);
        assertThat(root.get("e").oneOf(Verdict.class, Verdict.ALWAYS_HUBSPOT)).isEqualTo(Verdict.ALWAYS_HUBSPOT);
        assertThat(root.get("f").requiredText()).isEmpty();
        assertThat(root.get("g").requiredText()).isEmpty();
        assertThat(reading.problems()).extracting(RuleProblem::toString).containsExactly(
                "e: must be one of always-hubspot, two-way-newest-wins, was \"sometimes\"",
                "f: must be a single value, not a list",
                "g: is required");
    }

    @Test
    void invalidYamlIsReportedWithItsLineAndDuplicateKeysAreRefused() {
        assertThatThrownBy(() -> RulesYaml.parse("qualification:\n  mql-score: [1, 2\n", "rules.yml"))
                .isInstanceOf(InvalidRulesException.class).hasMessageContaining("line ");
        assertThatThrownBy(() -> RulesYaml.parse("version: 1\nversion: 2\n", "rules.yml"))
                .isInstanceOf(InvalidRulesException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> RulesYaml.parse("!!javax.script.ScriptEngineManager [x]", "rules.yml"))
                .isInstanceOf(InvalidRulesException.class);
        assertThatThrownBy(() -> RulesYaml.parse("- a\n- b\n", "rules.yml"))
                .isInstanceOf(InvalidRulesException.class).hasMessageContaining("must be a mapping of sections");
    }

    @Test
    void datesReadAsWrittenWhetherYamlTookThemForTimestampsOrText() {
        RuleReading reading = new RuleReading("rules.yml");
        RuleNode root = RuleNode.root(RulesYaml.parse("""
                a: 2026-12-24
                b: "2026-12-31"
                c: next week
                """, "rules.yml"), reading);

        assertThat(root.get("a").date()).contains(LocalDate.of(2026, 12, 24));
        assertThat(root.get("b").date()).contains(LocalDate.of(2026, 12, 31));
        assertThat(root.get("c").date()).isEmpty();
        assertThat(reading.problems()).extracting(RuleProblem::toString)
                .containsExactly("c: must be a date such as 2026-12-24, was \"next week\"");
    }
}
