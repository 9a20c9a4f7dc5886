package io.leadbridge.proof.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-sized fault run: 80 people, 8 companies and touches with 20% of all emulator calls failing, against the
 * fault-free run.
 */
class FaultInjectionShortTest {

    @Test
    void withOneCallInFiveFailingTheSyncEndsWhereTheFaultFreeRunEnds(@TempDir Path work) {
        FaultReport report = new FaultHarness(System.out).run(new FaultSettings(80, 0.2, Duration.ofMinutes(5),
                work, 11));
        System.out.println(report.summary());

        assertThat(report.equalEndStates()).as(report.summary()).isTrue();
        assertThat(report.faultyTables().openErrors()).as(report.summary()).isZero();
        assertThat(report.faultyTables().parkedChanges()).as(report.summary()).isZero();
    }
}
