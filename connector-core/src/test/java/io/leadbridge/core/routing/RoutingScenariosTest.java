package io.leadbridge.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.qualification.Engagement;
import io.leadbridge.core.qualification.ProspectFacts;
import io.leadbridge.core.qualification.QualificationOutcome;
import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoutingScenariosTest {

    private static final Instant MONDAY = Instant.parse("2026-12-14T09:00:00Z");
    private static final Instant CHRISTMAS = Instant.parse("2026-12-24T09:00:00Z");
    private static final QualificationRules QUALIFICATION = QualificationRules.read(
            RuleNode.root(RulesYaml.parse("{}", "test"), new RuleReading("test")));

    private static final RoutingRules ROUTING = routing("""
            time-zone: Europe/Berlin
            partner-queue: partners@acme.example
            rules:
              - { id: emea-enterprise, when: { country: [DE, FR], employees-at-least: 1000 }, team: emea-enterprise }
            default-team: global
            teams:
              emea-enterprise:
                - { owner: anna@acme.example, weight: 2 }
                - owner: louis@acme.example
                  out-of-office: [{ from: 2026-12-21, to: 2027-01-01 }]
              global:
                - { owner: maria@acme.example, daily-capacity: 2 }
                - { owner: sam@acme.example, daily-capacity: 1 }
            """);

    private final InMemoryRoundRobinLedger ledger = new InMemoryRoundRobinLedger();

    @Test
    void aLeadWhoseDomainMatchesAnAccountGoesToTheAccountOwnerBeforeAnyTerritory() {
        RoutingDecision decision = ROUTING.route(facts("kim@acme-gmbh.example", "DE", "5000"), QualificationOutcome.MQL,
                Optional.of("owner@acme.example"), MONDAY, ledger);

        assertThat(decision.owner()).contains("owner@acme.example");
        assertThat(decision.ruleId()).isEqualTo("account-owner");
        assertThat(decision.reason()).isEqualTo("the email domain acme-gmbh.example matches an account owned by"
                + " owner@acme.example");
    }

    @Test
    void germanEnterpriseLeadsAreSharedTwoToOneByWeightInTheEmeaEnterpriseTeam() {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            RoutingDecision decision = ROUTING.route(facts("p" + i + "@big.example", "DE", "2000"),
                    QualificationOutcome.MQL, Optional.empty(), MONDAY, ledger);
            assertThat(decision.ruleId()).isEqualTo("routing:emea-enterprise");
            owners.add(decision.owner().orElseThrow());
        }

        assertThat(owners.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .isEqualTo(Map.of("anna@acme.example", 6L, "louis@acme.example", 3L));
        assertThat(owners.subList(0, 3)).containsExactly("anna@acme.example", "louis@acme.example",
                "anna@acme.example");
    }

    @Test
    void anAeOnHolidayIsSkippedAndTheReasonSaysSo() {
        RoutingDecision first = ROUTING.route(facts("a@big.example", "FR", "2000"), QualificationOutcome.SQL,
                Optional.empty(), CHRISTMAS, ledger);
        RoutingDecision second = ROUTING.route(facts("b@big.example", "FR", "2000"), QualificationOutcome.SQL,
                Optional.empty(), CHRISTMAS, ledger);

        assertThat(first.owner()).contains("anna@acme.example");
        assertThat(second.owner()).contains("anna@acme.example");
        assertThat(second.reason()).contains("rule emea-enterprise holds (the company has at least 1000 employees and"
                + " the country is DE or FR)").contains("skipped: louis@acme.example is out of office");
    }

    @Test
    void whenEveryoneHasReachedTheirDailyCapacityNobodyIsAssignedUntilTheNextDay() {
        List<Optional<String>> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(ROUTING.route(facts("x" + i + "@small.example", "US", "50"), QualificationOutcome.MQL,
                    Optional.empty(), MONDAY, ledger).owner());
        }
        RoutingDecision full = ROUTING.route(facts("y@small.example", "US", "50"), QualificationOutcome.MQL,
                Optional.empty(), MONDAY, ledger);
        RoutingDecision nextDay = ROUTING.route(facts("z@small.example", "US", "50"), QualificationOutcome.MQL,
                Optional.empty(), MONDAY.plusSeconds(86_400), ledger);

        assertThat(owners).containsExactly(Optional.of("maria@acme.example"), Optional.of("sam@acme.example"),
                Optional.of("maria@acme.example"), Optional.empty());
        assertThat(full.owner()).isEmpty();
        assertThat(full.ruleId()).isEqualTo("default-team");
        assertThat(full.reason()).contains("nobody in team global can take the lead today")
                .contains("maria@acme.example has reached the daily capacity of 2");
        assertThat(nextDay.owner()).isPresent();
    }

    @Test
    void aPartnerLeadGoesToThePartnerQueueEvenWhenItsDomainMatchesAnAccount() {
        RoutingDecision decision = ROUTING.route(facts("p@reseller.example", "DE", "2000"),
                QualificationOutcome.PARTNER_QUEUE, Optional.of("owner@acme.example"), MONDAY, ledger);

        assertThat(decision.owner()).contains("partners@acme.example");
        assertThat(decision.ruleId()).isEqualTo("partner-queue");
    }

    @Test
    void withoutAMatchingRuleOrDefaultTeamTheOwnerStaysAsItIs() {
        RoutingRules noDefault = routing("account-owner-match: false\n");

        RoutingDecision decision = noDefault.route(facts("a@b.example", "DE", "10"), QualificationOutcome.MQL,
                Optional.of("owner@acme.example"), MONDAY, ledger);

        assertThat(decision.owner()).isEmpty();
        assertThat(decision.reason()).contains("no routing rule holds and no default team is set");
    }

    private static ProspectFacts facts(String email, String country, String employees) {
        return QUALIFICATION.factsOf(Person.builder().with(PersonField.EMAIL, email)
                .with(PersonField.COUNTRY, country).with(PersonField.EMPLOYEES, employees).build(), Engagement.NONE);
    }

    private static RoutingRules routing(String yaml) {
        RuleReading reading = new RuleReading("test");
        RoutingRules rules = RoutingRules.read(RuleNode.root(RulesYaml.parse(yaml, "test"), reading));
        reading.failOnProblems();
        return rules;
    }
}
