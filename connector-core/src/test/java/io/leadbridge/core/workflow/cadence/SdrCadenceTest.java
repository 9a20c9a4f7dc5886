package io.leadbridge.core.workflow.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleProblem;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.WorkflowCommand.ReturnToMarketing;
import io.leadbridge.core.workflow.WorkflowCommand.SetStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdrCadenceTest {

    private static final String RULES = """
            cadences:
              outbound-standard:
                after-breakup: nurture
                wait-after-breakup: 3d
                steps:
                  - {day: 1, touches: [email, linkedin]}
                  - {day: 3, touches: [email]}
                  - {day: 5, touches: [email]}
                  - {day: 7, touches: [call, voicemail]}
                  - {day: 10, touches: [email]}
                  - {day: 14, touches: [email]}
                  - {day: 17, touches: [email]}
            """;

    private final Instant start = MutableClock.DEFAULT_START;
    private final Cadence standard = readCadences(RULES, new RuleReading("rules.yml"))
            .cadence("outbound-standard").orElseThrow();
    private final PersonId kim = PersonId.newId();
    private final List<Touch> touches = new ArrayList<>();

    @Test
    void theSdrsLoggedTouchesTickOffTheStepsAndTheNextStepIsDueByTheEndOfItsDay() {
        sdr(TouchChannel.EMAIL, day(1).plusSeconds(600));
        sdr(TouchChannel.LINKEDIN, day(1).plusSeconds(3600));
        sdr(TouchChannel.EMAIL, day(3).plusSeconds(1200));
        sdr(TouchChannel.CALL, day(5));

        CadenceProgress progress = CadenceTracker.progress(standard, start, touches, day(6));

        assertThat(progress.outcome()).isEqualTo(CadenceOutcome.RUNNING);
        assertThat(progress.completedSteps()).isEqualTo(2);
        assertThat(progress.steps().get(3).done()).as("a call before the call step's day counts for no step")
                .isEmpty();
        assertThat(progress.nextStep()).get().extracting(CadenceStep::number).isEqualTo(3);
        assertThat(progress.nextStepDueBy()).contains(day(6));
        assertThat(progress.overdue(day(6).plusSeconds(1))).isTrue();
        assertThat(CadencePolicy.decide(kim, FunnelStage.WORKING, progress)).isEmpty();
    }

    @Test
    void aReplyStopsTheCadenceAndTheSdrKeepsThePerson() {
        sdr(TouchChannel.EMAIL, day(1));
        sdr(TouchChannel.LINKEDIN, day(1));
        prospectReplies(day(2).plusSeconds(7200));
        sdr(TouchChannel.EMAIL, day(3));

        CadenceProgress progress = CadenceTracker.progress(standard, start, touches, day(30));

        assertThat(progress.outcome()).isEqualTo(CadenceOutcome.REPLIED);
        assertThat(progress.outcomeAt()).contains(day(2).plusSeconds(7200));
        assertThat(progress.completedSteps()).as("touches after the reply are not cadence steps").isEqualTo(1);
        assertThat(CadencePolicy.decide(kim, FunnelStage.WORKING, progress)).isEmpty();
    }

    @Test
    void afterTheBreakupEmailGoesUnansweredThePersonGoesToNurtureAndBackToMarketing() {
        workEveryStep();

        CadenceProgress waiting = CadenceTracker.progress(standard, start, touches, day(20));
        CadenceProgress finished = CadenceTracker.progress(standard, start, touches, day(20).plusSeconds(3600));
        List<WorkflowCommand> commands = CadencePolicy.decide(kim, FunnelStage.WORKING, finished);

        assertThat(waiting.outcome()).as("the breakup email's reply window is open").isEqualTo(CadenceOutcome.RUNNING);
        assertThat(finished.outcome()).isEqualTo(CadenceOutcome.FINISHED_WITHOUT_REPLY);
        assertThat(finished.completedSteps()).isEqualTo(7);
        String reason = "No reply to the outbound-standard cadence: 7 steps made, breakup email sent, nothing back "
                + "within 3 days";
        assertThat(commands).containsExactly(new SetStage(kim, FunnelStage.WORKING, FunnelStage.NURTURE, reason),
                new ReturnToMarketing(kim, reason));
    }

    @Test
    void aTouchThatNamesItsStepCountsForThatStep() {
        touches.add(new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T1"), TouchChannel.EMAIL,
                TouchDirection.OUTBOUND, day(2), "sam.sdr@leadbridge.example", "Following up", "",
                Optional.empty(), Optional.of(2)));

        CadenceProgress progress = CadenceTracker.progress(standard, start, touches, day(2).plusSeconds(60));

        assertThat(progress.steps().get(1).complete()).isTrue();
        assertThat(progress.nextStep()).get().extracting(CadenceStep::number).isEqualTo(1);
    }

    @Test
    void cadenceMistakesAreReportedWithTheirPath() {
        RuleReading reading = new RuleReading("rules.yml");
        CadenceRules rules = readCadences("""
                cadences:
                  short:
                    after-breakup: sql
                    steps:
                      - {day: 3, touches: [email]}
                      - {day: 2, touches: [fax]}
                  empty:
                    stpes: []
                """, reading);

        assertThat(reading.problems()).extracting(RuleProblem::toString).containsExactly(
                "cadences.short.after-breakup: must be nurture or disqualified, was \"sql\"",
                "cadences.short.steps[1].day: must come after the previous step's day 3, was 2",
                "cadences.short.steps[1].touches[0]: must be one of email, call, voicemail, linkedin, meeting, note, "
                        + "was \"fax\"",
                "cadences.empty.stpes: unknown key 'stpes' (allowed here: after-breakup, steps, wait-after-breakup)",
                "cadences.empty.steps: needs at least one step; the last one is the breakup email");
        assertThat(rules.defaultCadence()).get().extracting(Cadence::name).isEqualTo("short");
    }

    private void workEveryStep() {
        for (CadenceStep step : standard.steps()) {
            step.touches().forEach(channel -> sdr(channel, day(step.day()).plusSeconds(3600)));
        }
    }

    private void sdr(TouchChannel channel, Instant at) {
        touches.add(new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T" + touches.size()), channel,
                TouchDirection.OUTBOUND, at, "sam.sdr@leadbridge.example", "Step", "", Optional.empty(),
                Optional.empty()));
    }

    private void prospectReplies(Instant at) {
        touches.add(new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", "9" + touches.size()), TouchChannel.EMAIL,
                TouchDirection.INBOUND, at, "kim@acme.example", "Re: Step", "", Optional.empty(), Optional.empty()));
    }

    private Instant day(int day) {
        return start.plus(Duration.ofDays(day - 1L));
    }

    private static CadenceRules readCadences(String yaml, RuleReading reading) {
        return CadenceRules.read(RuleNode.root(RulesYaml.parse(yaml, "rules.yml"), reading).get("cadences"));
    }
}
