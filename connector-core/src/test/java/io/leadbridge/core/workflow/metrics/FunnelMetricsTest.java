package io.leadbridge.core.workflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.workflow.sla.SlaEvent;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelMetricsTest {

    private static final String SAM = "sam.sdr@leadbridge.example";
    private static final String RIA = "ria.sdr@leadbridge.example";
    private static final String ALEX = "alex.ae@leadbridge.example";

    private final Instant t0 = MutableClock.DEFAULT_START;
    private final List<PersonTransition> moves = new ArrayList<>();
    private final List<SlaEvent> sla = new ArrayList<>();

    @Test
    void fourMqlsOfWhichTwoBecomeSqlOneIsAcceptedAndBecomesACustomer() {
        PersonId kim = walk(SAM, FunnelStage.MQL, FunnelStage.SQL, FunnelStage.SAL, FunnelStage.OPPORTUNITY,
                FunnelStage.CUSTOMER);
        PersonId lee = walk(SAM, FunnelStage.MQL, FunnelStage.SQL);
        PersonId noor = walk(RIA, FunnelStage.MQL);
        PersonId ola = walk(RIA, FunnelStage.MQL);
        firstTouch(kim, SAM, Duration.ofMinutes(4), SlaResult.MET);
        firstTouch(lee, SAM, Duration.ofMinutes(25), SlaResult.MET);
        firstTouch(noor, RIA, Duration.ofMinutes(30), SlaResult.BREACHED);
        firstTouch(noor, RIA, Duration.ofMinutes(50), SlaResult.MET_LATE);
        firstTouch(ola, RIA, Duration.ofHours(3), SlaResult.MET_LATE);
        sla.add(new SlaEvent(lee, SlaKind.AE_ACCEPTANCE, SlaResult.BREACHED, ALEX, t0, t0.plus(Duration.ofHours(4))));

        FunnelReport report = FunnelCalculator.report(t0, moves, sla, 2);

        assertThat(report.reached()).containsEntry(FunnelStage.MQL, 4L).containsEntry(FunnelStage.SQL, 2L)
                .containsEntry(FunnelStage.SAL, 1L).containsEntry(FunnelStage.CUSTOMER, 1L);
        assertThat(report.conversions()).containsExactly(
                new StageConversion(FunnelStage.MQL, FunnelStage.SQL, 4, 2),
                new StageConversion(FunnelStage.SQL, FunnelStage.SAL, 2, 1),
                new StageConversion(FunnelStage.SAL, FunnelStage.OPPORTUNITY, 1, 1),
                new StageConversion(FunnelStage.OPPORTUNITY, FunnelStage.CUSTOMER, 1, 1));
        assertThat(report.conversions().get(0).rate()).isEqualTo(0.5);
        assertThat(report.speedToLead().measured()).isEqualTo(4);
        assertThat(report.speedToLead().median()).contains(Duration.ofMinutes(25));
        assertThat(report.speedToLead().p90()).contains(Duration.ofHours(3));
        assertThat(report.speedToLead().buckets()).containsExactly(Map.entry("5m", 1L), Map.entry("15m", 0L),
                Map.entry("30m", 1L), Map.entry("1h", 1L), Map.entry("4h", 1L), Map.entry("1d", 0L),
                Map.entry("more", 0L));
        assertThat(report.breaches()).containsEntry(SlaKind.FIRST_TOUCH, 1L).containsEntry(SlaKind.AE_ACCEPTANCE, 1L);
    }

    @Test
    void eachSdrAndAeSeesTheirOwnConversionBreachesAndSpeed() {
        PersonId kim = walk(SAM, FunnelStage.MQL, FunnelStage.SQL, FunnelStage.SAL);
        PersonId noor = walk(RIA, FunnelStage.MQL);
        firstTouch(kim, SAM, Duration.ofMinutes(10), SlaResult.MET);
        firstTouch(noor, RIA, Duration.ofMinutes(30), SlaResult.BREACHED);

        FunnelReport report = FunnelCalculator.report(t0, moves, sla, 2);

        assertThat(report.sdrs()).extracting(OwnerFunnel::owner).containsExactly(RIA, SAM);
        OwnerFunnel sam = report.sdrs().get(1);
        assertThat(sam.conversions().get(0)).isEqualTo(new StageConversion(FunnelStage.MQL, FunnelStage.SQL, 1, 1));
        assertThat(sam.speedToLead().median()).contains(Duration.ofMinutes(10));
        assertThat(sam.breaches()).containsEntry(SlaKind.FIRST_TOUCH, 0L);
        OwnerFunnel ria = report.sdrs().get(0);
        assertThat(ria.breaches()).containsEntry(SlaKind.FIRST_TOUCH, 1L);
        assertThat(ria.speedToLead().measured()).isZero();
        assertThat(report.aes()).singleElement().satisfies(alex -> {
            assertThat(alex.owner()).isEqualTo(ALEX);
            assertThat(alex.conversions().get(1))
                    .isEqualTo(new StageConversion(FunnelStage.SQL, FunnelStage.SAL, 1, 1));
        });
    }

    @Test
    void anEmptyFunnelReportsZerosAndNoSpeed() {
        FunnelReport report = FunnelCalculator.report(t0, List.of(), List.of(), 2);

        assertThat(report.reached()).containsEntry(FunnelStage.MQL, 0L);
        assertThat(report.conversions()).allSatisfy(c -> assertThat(c.rate()).isZero());
        assertThat(report.speedToLead().median()).isEqualTo(Optional.empty());
        assertThat(report.sdrs()).isEmpty();
        assertThat(report.rejectLoops()).isEmpty();
    }

    @Test
    void aPersonAesRejectedTwiceIsListedAsARejectLoopWithTheLatestReason() {
        PersonId kim = walk(SAM, FunnelStage.MQL, FunnelStage.SQL);
        reject(kim, "Wrong segment", t0.plus(Duration.ofDays(5)));
        moves.add(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.WORKING, FunnelStage.SQL,
                t0.plus(Duration.ofDays(8)), SAM, "requalified"), Optional.of(SAM), Optional.of(ALEX)));
        reject(kim, "Still no budget", t0.plus(Duration.ofDays(9)));
        PersonId lee = walk(SAM, FunnelStage.MQL, FunnelStage.SQL);
        reject(lee, "Too small", t0.plus(Duration.ofDays(5)));

        FunnelReport report = FunnelCalculator.report(t0, moves, sla, 2);

        assertThat(report.rejectLoops()).containsExactly(new RejectLoop(kim, 2, "Still no budget"));
        assertThat(FunnelCalculator.report(t0, moves, sla, 1).rejectLoops()).extracting(RejectLoop::person)
                .containsExactly(kim, lee);
    }

    private void reject(PersonId person, String reason, Instant at) {
        moves.add(new PersonTransition(person, FunnelTransitions.move(FunnelStage.SQL, FunnelStage.WORKING, at, ALEX,
                reason), Optional.of(SAM), Optional.of(ALEX)));
    }

    /** The person moves up the funnel a day per stage; the AE owns them from SQL on. */
    private PersonId walk(String sdr, FunnelStage... stages) {
        PersonId person = PersonId.newId();
        FunnelStage from = FunnelStage.NEW;
        Instant at = t0;
        for (FunnelStage to : stages) {
            at = at.plus(Duration.ofDays(1));
            Optional<String> ae = to.isBefore(FunnelStage.SQL) ? Optional.empty() : Optional.of(ALEX);
            moves.add(new PersonTransition(person, FunnelTransitions.move(from, to, at, "test", "walk"),
                    Optional.of(sdr), ae));
            from = to;
        }
        return person;
    }

    private void firstTouch(PersonId person, String sdr, Duration after, SlaResult result) {
        sla.add(new SlaEvent(person, SlaKind.FIRST_TOUCH, result, sdr, t0, t0.plus(after)));
    }
}
