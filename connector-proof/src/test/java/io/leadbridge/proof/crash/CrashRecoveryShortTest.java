package io.leadbridge.proof.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-sized crash run: 200 people (and 20 companies) edited, touched and renamed in both CRMs, three SIGKILLs at
 * random moments, restarts on the same H2 file.
 */
class CrashRecoveryShortTest {

    @Test
    void threeKillsDuringATwoWaySyncLoseNothingAndDuplicateNothing(@TempDir Path work) {
        CrashReport report = new CrashHarness(System.out).run(new CrashSettings(200, 3, Duration.ofSeconds(15), 0.1,
                false, Duration.ofMinutes(5), work, 7));
        System.out.println(report.summary());

        assertThat(report.kills()).isEqualTo(3);
        assertThat(report.changes().personEdits()).isPositive();
        assertThat(report.changes().touches()).isPositive();
        assertThat(report.clean()).as(report.summary()).isTrue();
    }
}
