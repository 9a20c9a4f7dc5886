package io.leadbridge.proof.failover;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.proof.harness.Postgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-sized failover run: two instances on one PostgreSQL schema, the poller leader killed mid-sync while 100
 * people, 10 companies and touches are synced.
 */
class FailoverShortTest {

    @Test
    void theSurvivorTakesOverThePollersWithin30SecondsAndNothingIsDuplicated(@TempDir Path work) {
        Postgres.requireReachable();

        FailoverReport report = new FailoverHarness(System.out).run(new FailoverSettings(100, Duration.ofSeconds(10),
                Duration.ofMinutes(5), work, 13));
        System.out.println(report.summary());

        assertThat(report.takeover()).as(report.summary()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(report.clean()).as(report.summary()).isTrue();
    }
}
