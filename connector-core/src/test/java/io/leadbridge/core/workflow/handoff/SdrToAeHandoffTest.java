package io.leadbridge.core.workflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleProblem;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.core.workflow.WorkflowCommand.AssignOwner;
import io.leadbridge.core.workflow.WorkflowCommand.ConvertLead;
import io.leadbridge.core.workflow.WorkflowCommand.SetStage;
import io.leadbridge.core.workflow.WorkflowCommand.WriteNote;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SdrToAeHandoffTest {

    private static final String SDR = "sam.sdr@leadbridge.example";
    private static final String AE = "alex.ae@leadbridge.example";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final PersonId kim = PersonId.newId();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();

    @Test
    void atSqlTheAeGetsTheRecordWithANoteSayingWhyAndWhatToDoNext() {
        Instant mqlAt = clock.instant();
        List<Touch> touches = List.of(
                sdr(TouchChannel.EMAIL, mqlAt.plus(Duration.ofMinutes(18)), "Leadbridge for Acme"),
                sdr(TouchChannel.CALL, mqlAt.plus(Duration.ofDays(2)), "Discovery call"),
                new Touch(ref("9"), TouchChannel.EMAIL, TouchDirection.INBOUND, mqlAt.plus(Duration.ofDays(1)),
                        "kim@acme.example", "Re: Leadbridge for Acme", "", Optional.empty(), Optional.empty()));
        Map<String, String> bant = new LinkedHashMap<>();
        bant.put("Budget", "Approved, 40k EUR this year");
        bant.put("Authority", "Kim signs; CFO informed");
        bant.put("Need", "HubSpot and Salesforce drift apart");
        bant.put("Timeline", "");
        HandoffInput input = new HandoffInput(kim, "Kim Lee (Acme)", SDR, AE, mqlAt.plus(Duration.ofDays(3)), bant,
                82, List.of("+30 company size 200-1000 (rule size-mid)", "+25 title VP Sales (rule seniority)"),
                SdrContextSummary.of(touches, Optional.of(mqlAt)), Optional.empty());

        HandoffDecision decision = policy(HandoffRules.defaults()).handOff(input, clock.instant());

        String note = decision.commands().stream().filter(WriteNote.class::isInstance).map(WriteNote.class::cast)
                .findFirst().orElseThrow().body();
        assertThat(note).isEqualTo("""
                Leadbridge handoff: sales-qualified lead
                Kim Lee (Acme), qualified 2025-03-06T09:00:00Z
                SDR: sam.sdr@leadbridge.example -> AE: alex.ae@leadbridge.example

                BANT
                - Budget: Approved, 40k EUR this year
                - Authority: Kim signs; CFO informed
                - Need: HubSpot and Salesforce drift apart
                - Timeline: (not answered)

                Score: 82
                - +30 company size 200-1000 (rule size-mid)
                - +25 title VP Sales (rule seniority)

                Touch history: 2 touches (1 email, 1 call), 1 reply
                Last touch: call 2025-03-05T09:00:00Z "Discovery call"
                Time to first touch: 18 minutes

                Suggested next step: Call within one business day to book a discovery meeting
                """);
        assertThat(decision.commands()).contains(new AssignOwner(kim, AE,
                "Sales-qualified with score 82; handed from " + SDR + " to " + AE));
        assertThat(decision.transition()).isEmpty();
    }

    @Test
    void anAeWhoAcceptsMovesThePersonToSalAndTheLeadIsConvertedWhenTheRulesSaySo() {
        HandoffDecision decision = policy(readHandoff(
                "handoff: {convert-lead-on-accept: true, create-opportunity: false}"))
                .accept(kim, FunnelStage.SQL, AE, clock.instant());

        assertThat(decision.transition()).get().extracting(t -> t.to()).isEqualTo(FunnelStage.SAL);
        assertThat(decision.commands()).containsExactly(
                new SetStage(kim, FunnelStage.SQL, FunnelStage.SAL, "Accepted by " + AE),
                new ConvertLead(kim, false));
    }

    @Test
    void anAeWhoRejectsSendsThePersonBackToTheSdrWithTheReasonAndBackwardInTheFunnel() {
        HandoffDecision decision = policy(HandoffRules.defaults())
                .reject(kim, FunnelStage.SQL, AE, SDR, "No budget until Q3", 0, clock.instant());

        String why = "Rejected by " + AE + ": No budget until Q3";
        assertThat(decision.commands()).containsExactly(
                new SetStage(kim, FunnelStage.SQL, FunnelStage.WORKING, why),
                new AssignOwner(kim, SDR, why),
                new WriteNote(kim, "Leadbridge: AE rejected the handoff", why));
        assertThat(((SetStage) decision.commands().get(0)).backward()).as("HubSpot needs clear-then-set").isTrue();
        assertThat(decision.transition()).get().satisfies(t -> {
            assertThat(t.isBackward()).isTrue();
            assertThat(t.reason()).isEqualTo(why);
        });
        assertThat(decision.rejectLoop()).isFalse();
        assertThat(decision.audit()).singleElement().satisfies(e -> assertThat(e.details())
                .containsEntry("rejections", "1"));
    }

    @Test
    void aPersonRejectedAgainAndAgainIsFlaggedAsARejectLoop() {
        HandoffPolicy policy = new HandoffPolicy(HandoffRules.defaults(),
                readRecycle("recycle: {to: new, flag-after-rejections: 2}"));

        for (int round = 1; round <= 2; round++) {
            FunnelStage before = round == 1 ? FunnelStage.MQL : FunnelStage.NEW;
            ledger.record(new PersonTransition(kim, FunnelTransitions.move(before, FunnelStage.SQL, clock.instant(),
                    "qualification.sql", "score 80"), Optional.of(SDR), Optional.of(AE)));
            HandoffDecision rejected = policy.reject(kim, FunnelStage.SQL, AE, SDR, "Wrong segment",
                    HandoffPolicy.rejectionsIn(ledger.transitionsOf(kim)), clock.instant());
            ledger.record(new PersonTransition(kim, rejected.transition().orElseThrow(), Optional.of(SDR),
                    Optional.of(AE)));
            assertThat(rejected.rejectLoop()).as("round " + round).isEqualTo(round == 2);
            assertThat(rejected.transition().orElseThrow().to()).isEqualTo(FunnelStage.NEW);
            clock.advance(Duration.ofDays(1));
        }

        assertThat(HandoffPolicy.rejectionsIn(ledger.transitionsOf(kim))).isEqualTo(2);
        assertThat(ledger.transitionsOf(kim).get(3).transition().reason())
                .isEqualTo("Rejected by " + AE + ": Wrong segment (rejected 2 times: reject loop)");
    }

    @Test
    void aRejectionWithoutAReasonOrOutsideSqlIsRefused() {
        HandoffPolicy policy = policy(HandoffRules.defaults());

        assertThatThrownBy(() -> policy.reject(kim, FunnelStage.SQL, AE, SDR, " ", 0, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> policy.accept(kim, FunnelStage.MQL, AE, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only at SQL; the person is at MQL");
    }

    @Test
    void recycleRulesNameOnlyStagesARejectedPersonCanGoBackTo() {
        RuleReading reading = new RuleReading("rules.yml");
        RecycleRules rules = RecycleRules.read(RuleNode.root(RulesYaml.parse(
                "recycle: {to: mql, flag-after-rejections: 0, flagafter: 3}", "rules.yml"), reading).get("recycle"));

        assertThat(rules).isEqualTo(RecycleRules.defaults());
        assertThat(reading.problems()).extracting(RuleProblem::toString).containsExactly(
                "recycle.flagafter: unknown key 'flagafter' (allowed here: flag-after-rejections, to)",
                "recycle.to: must be new or working, was \"mql\"",
                "recycle.flag-after-rejections: must be a whole number from 1 to 100, was \"0\"");
    }

    private HandoffPolicy policy(HandoffRules rules) {
        return new HandoffPolicy(rules, RecycleRules.defaults());
    }

    private static RecycleRules readRecycle(String yaml) {
        return readSection(yaml, "recycle", RecycleRules::read);
    }

    private static HandoffRules readHandoff(String yaml) {
        return readSection(yaml, "handoff", HandoffRules::read);
    }

    private static <T> T readSection(String yaml, String section, Function<RuleNode, T> reader) {
        RuleReading reading = new RuleReading("rules.yml");
        T rules = reader.apply(RuleNode.root(RulesYaml.parse(yaml, "rules.yml"), reading).get(section));
        assertThat(reading.problems()).isEmpty();
        return rules;
    }

    private static Touch sdr(TouchChannel channel, Instant at, String subject) {
        return new Touch(ref(subject), channel, TouchDirection.OUTBOUND, at, SDR, subject, "", Optional.empty(),
                Optional.empty());
    }

    private static ExternalRef ref(String seed) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T" + Math.abs(seed.hashCode()));
    }
}
