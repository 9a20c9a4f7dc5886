package io.leadbridge.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.qualification.Engagement;
import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.routing.RoundRobinChoice;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.rules.RulesFile;
import io.leadbridge.core.sync.StatusRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTriageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final PersonId KIM = PersonId.parse("6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e10");
    private static final Rules RULES = RulesFile.read("""
            version: 1
            statuses:
              - { stage: MQL, hubspot-lifecycle-stage: marketingqualifiedlead, salesforce-lead-status: MQL Open }
              - { stage: SQL, hubspot-lifecycle-stage: salesqualifiedlead, salesforce-lead-status: SQL Open }
            qualification:
              scoring:
                - { id: vp, when: { title-contains: [VP] }, points: 50 }
                - { id: budget-known, when: { employees-at-least: 1 }, points: 10 }
              mql: { outbound-min-score: 50 }
              sql: { min-score: 60 }
            routing:
              default-team: sdr
              teams:
                sdr: [{ owner: anna@acme.example }, { owner: louis@acme.example }]
            """, "rules.yml", NOW);
    private static final AccountOwners NO_ACCOUNTS = domain -> Optional.empty();

    private final List<String> ledgerCalls = new ArrayList<>();
    private final RoundRobinLedger ledger = (team, day, choose) -> {
        RoundRobinChoice choice = choose.apply(Map.of());
        ledgerCalls.add(team + ":" + choice.owner().orElse("-"));
        return choice;
    };
    private final LeadTriage triage = new LeadTriage(RULES.section(QualificationRules.class),
            RULES.section(RoutingRules.class), RULES.section(StatusRules.class).table().orElseThrow());

    @Test
    void aNewMqlGetsTheMqlStatusAndARoundRobinOwnerWithBothDecisionsExplained() {
        TriagePlan plan = triage.plan(KIM, vp(), Engagement.NONE, List.of(), NO_ACCOUNTS, NOW, ledger);

        assertThat(plan.status()).contains("MQL Open");
        assertThat(plan.owner()).contains("anna@acme.example");
        assertThat(plan.audit()).extracting(AuditEntry::kind, AuditEntry::ruleId)
                .containsExactly(tuple(AuditKind.QUALIFICATION, "mql"),
                        tuple(AuditKind.ROUTING, "default-team"));
        assertThat(plan.audit().get(0).details()).containsEntry("outcome", "MQL").containsEntry("score", "50");
        assertThat(plan.audit().get(1).details()).containsEntry("owner", "anna@acme.example");
        assertThat(plan.move()).hasValueSatisfying(move -> {
            assertThat(move.from()).isEqualTo(FunnelStage.NEW);
            assertThat(move.to()).isEqualTo(FunnelStage.MQL);
            assertThat(move.cause()).isEqualTo("qualification.mql");
        });
    }

    @Test
    void anUnchangedOutcomeWritesAndRecordsNothingAndRoutesNobodyAgain() {
        List<AuditEntry> history = newestFirst(
                triage.plan(KIM, vp(), Engagement.NONE, List.of(), NO_ACCOUNTS, NOW, ledger));

        TriagePlan again = triage.plan(KIM, vp(), Engagement.NONE, history, NO_ACCOUNTS, NOW, ledger);

        assertThat(again).isEqualTo(TriagePlan.NOTHING);
        assertThat(ledgerCalls).hasSize(1);
    }

    @Test
    void anMqlWhoBecomesAnSqlMovesStatusButKeepsTheOwnerRoutedBefore() {
        List<AuditEntry> history = newestFirst(
                triage.plan(KIM, vp(), Engagement.NONE, List.of(), NO_ACCOUNTS, NOW, ledger));
        Person sized = Person.builder().with(PersonField.EMAIL, "kim@acme.example").with(PersonField.TITLE, "VP Sales")
                .with(PersonField.EMPLOYEES, "40").build();

        TriagePlan sql = triage.plan(KIM, sized, Engagement.NONE, history, NO_ACCOUNTS, NOW, ledger);

        assertThat(sql.status()).contains("SQL Open");
        assertThat(sql.owner()).isEmpty();
        assertThat(sql.audit()).singleElement().satisfies(e -> assertThat(e.ruleId()).isEqualTo("sql"));
        assertThat(ledgerCalls).hasSize(1);
    }

    @Test
    void anSqlWhoseScoreDropsIsRecordedAsMqlButItsStatusDoesNotMoveBack() {
        Person sized = Person.builder().with(PersonField.EMAIL, "kim@acme.example").with(PersonField.TITLE, "VP Sales")
                .with(PersonField.EMPLOYEES, "40").build();
        List<AuditEntry> history = newestFirst(
                triage.plan(KIM, sized, Engagement.NONE, List.of(), NO_ACCOUNTS, NOW, ledger));

        TriagePlan dropped = triage.plan(KIM, vp(), Engagement.NONE, history, NO_ACCOUNTS, NOW, ledger);

        assertThat(dropped.status()).isEmpty();
        assertThat(dropped.writes()).isFalse();
        assertThat(dropped.audit()).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("outcome", "MQL"));
    }

    @Test
    void theOwnerOfTheMatchingAccountWinsOverRoundRobin() {
        TriagePlan plan = triage.plan(KIM, vp(), Engagement.NONE, List.of(),
                domain -> domain.equals("acme.example") ? Optional.of("owner@acme.example") : Optional.empty(), NOW,
                ledger);

        assertThat(plan.owner()).contains("owner@acme.example");
        assertThat(plan.audit().get(1).ruleId()).isEqualTo("account-owner");
        assertThat(ledgerCalls).isEmpty();
    }

    private static List<AuditEntry> newestFirst(TriagePlan plan) {
        List<AuditEntry> entries = new ArrayList<>(plan.audit());
        Collections.reverse(entries);
        return entries;
    }

    private static Person vp() {
        return Person.builder().with(PersonField.EMAIL, "kim@acme.example").with(PersonField.TITLE, "VP Sales").build();
    }
}
