package io.leadbridge.core.model;

import static io.leadbridge.core.model.FunnelStage.CUSTOMER;
import static io.leadbridge.core.model.FunnelStage.DISQUALIFIED;
import static io.leadbridge.core.model.FunnelStage.MQL;
import static io.leadbridge.core.model.FunnelStage.NEW;
import static io.leadbridge.core.model.FunnelStage.NURTURE;
import static io.leadbridge.core.model.FunnelStage.OPPORTUNITY;
import static io.leadbridge.core.model.FunnelStage.SAL;
import static io.leadbridge.core.model.FunnelStage.SQL;
import static io.leadbridge.core.model.FunnelStage.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FunnelTransitionsTest {

    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NEW, WORKING", "WORKING, MQL", "MQL, SQL", "SQL, SAL", "SAL, OPPORTUNITY", "OPPORTUNITY, CUSTOMER",
            "NEW, MQL", "MQL, OPPORTUNITY", "NEW, CUSTOMER"})
    void allowsEveryForwardMoveOnTheMainLine(FunnelStage from, FunnelStage to) {
        assertThat(FunnelTransitions.allowed(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> DISQUALIFIED and NURTURE")
    @EnumSource(value = FunnelStage.class, names = "CUSTOMER", mode = EnumSource.Mode.EXCLUDE)
    void allowsSideExitsFromEveryStageButCustomer(FunnelStage from) {
        if (from != DISQUALIFIED) {
            assertThat(FunnelTransitions.allowed(from, DISQUALIFIED)).isTrue();
        }
        if (from != NURTURE) {
            assertThat(FunnelTransitions.allowed(from, NURTURE)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SQL, WORKING", "SAL, WORKING", "MQL, WORKING", "SQL, NEW", "OPPORTUNITY, WORKING"})
    void allowsARecycleFromMqlOrLaterBackToNewOrWorking(FunnelStage from, FunnelStage to) {
        assertThat(FunnelTransitions.allowed(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SAL, SQL", "OPPORTUNITY, SAL", "SQL, MQL", "WORKING, NEW"})
    void refusesOtherBackwardMoves(FunnelStage from, FunnelStage to) {
        assertThat(FunnelTransitions.allowed(from, to)).isFalse();
        assertThatThrownBy(() -> FunnelTransitions.move(from, to, AT, "ae@acme.example", "rejected"))
                .isInstanceOf(IllegalStageTransitionException.class)
                .hasMessageContaining("only a recycle to NEW or WORKING");
    }

    @ParameterizedTest(name = "CUSTOMER -> {0}")
    @EnumSource(value = FunnelStage.class, names = "CUSTOMER", mode = EnumSource.Mode.EXCLUDE)
    void keepsCustomersWhereTheyAre(FunnelStage to) {
        assertThat(FunnelTransitions.allowed(CUSTOMER, to)).isFalse();
        assertThatThrownBy(() -> FunnelTransitions.move(CUSTOMER, to, AT, "routing.recycle", "no answer"))
                .isInstanceOf(IllegalStageTransitionException.class)
                .hasMessageContaining("customers leave the funnel");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NURTURE, NEW", "NURTURE, WORKING", "NURTURE, MQL", "DISQUALIFIED, WORKING", "DISQUALIFIED, MQL",
            "NURTURE, DISQUALIFIED", "DISQUALIFIED, NURTURE"})
    void letsAPersonReEnterTheFunnelFromASideExitAtNewWorkingOrMql(FunnelStage from, FunnelStage to) {
        assertThat(FunnelTransitions.allowed(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NURTURE, SQL", "NURTURE, SAL", "DISQUALIFIED, OPPORTUNITY", "NURTURE, CUSTOMER"})
    void refusesAReEntryPastMql(FunnelStage from, FunnelStage to) {
        assertThatThrownBy(() -> FunnelTransitions.move(from, to, AT, "qualification.sql", "scored 80"))
                .isInstanceOf(IllegalStageTransitionException.class)
                .hasMessageContaining("re-enters the funnel at NEW, WORKING or MQL");
    }

    @ParameterizedTest(name = "{0} -> {0}")
    @EnumSource(FunnelStage.class)
    void refusesAMoveToTheSameStage(FunnelStage stage) {
        assertThatThrownBy(() -> FunnelTransitions.move(stage, stage, AT, "qualification.mql", "again"))
                .isInstanceOfSatisfying(IllegalStageTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(stage);
                    assertThat(e.to()).isEqualTo(stage);
                })
                .hasMessageContaining("already in " + stage);
    }

    @Test
    void recordsWhoOrWhatCausedAnAllowedMoveAndWhy() {
        StageTransition transition = FunnelTransitions.move(MQL, SQL, AT, "qualification.sql", "BANT 3 of 4");

        assertThat(transition).isEqualTo(new StageTransition(MQL, SQL, AT, "qualification.sql", "BANT 3 of 4"));
    }

    @Test
    void refusalNamesBothStages() {
        assertThatThrownBy(() -> FunnelTransitions.move(SAL, SQL, AT, "ae@acme.example", "wrong stage"))
                .hasMessageStartingWith("cannot move from SAL to SQL: ");
    }

    @Nested
    class IsBackward {

        @Test
        void isTrueForARecycleDownTheMainLine() {
            assertThat(FunnelTransitions.move(SQL, WORKING, AT, "ae@acme.example", "no budget").isBackward()).isTrue();
            assertThat(FunnelTransitions.move(SAL, WORKING, AT, "ae@acme.example", "no budget").isBackward()).isTrue();
        }

        @Test
        void isFalseForAForwardMove() {
            assertThat(FunnelTransitions.move(NEW, WORKING, AT, "sdr@acme.example", "first call").isBackward())
                    .isFalse();
        }

        @Test
        void isFalseForSideExitsAndReEntries() {
            assertThat(FunnelTransitions.move(SQL, NURTURE, AT, "ae@acme.example", "next year").isBackward())
                    .isFalse();
            assertThat(FunnelTransitions.move(NURTURE, NEW, AT, "marketing", "came back").isBackward()).isFalse();
            assertThat(FunnelTransitions.move(DISQUALIFIED, MQL, AT, "qualification.mql", "new job").isBackward())
                    .isFalse();
        }
    }

    @Test
    void aTransitionNeedsACauseAndAReason() {
        assertThatThrownBy(() -> new StageTransition(NEW, WORKING, AT, " ", "first call"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cause");
        assertThatThrownBy(() -> new StageTransition(NEW, WORKING, AT, "sdr@acme.example", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThat(OPPORTUNITY.onMainLine()).isTrue();
        assertThat(NURTURE.onMainLine()).isFalse();
    }

    @Test
    void explainsARefusedMoveAndNothingForAnAllowedOne() {
        assertThat(FunnelTransitions.whyNot(SQL, NEW)).isEmpty();
        assertThat(FunnelTransitions.whyNot(WORKING, NEW)).contains("moving back from WORKING is only a recycle to NEW"
                + " or WORKING");
        assertThat(FunnelTransitions.whyNot(CUSTOMER, NEW)).get().asString().startsWith("customers leave the funnel");
    }

    @Test
    void ordersTheMainLineButNotTheSideExits() {
        assertThat(NEW.isBefore(MQL)).isTrue();
        assertThat(SQL.isBefore(MQL)).isFalse();
        assertThat(NURTURE.isBefore(CUSTOMER)).isFalse();
        assertThat(NEW.isBefore(DISQUALIFIED)).isFalse();
    }
}
