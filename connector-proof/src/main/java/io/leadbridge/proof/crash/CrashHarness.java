package io.leadbridge.proof.crash;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.proof.state.Differences;
import io.leadbridge.proof.state.ExpectedState;
import io.leadbridge.proof.state.TwoWayWorkload;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Kills the app with SIGKILL at a random moment after it is ready, while it syncs person edits, touches and company
 * renames made in both CRMs just before, restarts it on the same database each time, and finally checks both
 * emulators against the expected state: nothing lost, nothing duplicated. The emulators live in this JVM, so their
 * state outlives every kill.
 */
public final class CrashHarness {

    /**
     * Short claim leases and lock TTLs, so that a restarted process takes over the dead one's claimed changes
     * within seconds rather than the production two minutes; the guarantees do not depend on them.
     */
    private static final Map<String, String> RECOVERY_PACING = Map.of(
            "connector.sync.lease", "15s",
            "connector.sync.lock-ttl", "10s",
            "connector.sync.retry.initial-backoff", "1s",
            "connector.sync.retry.max-backoff", "10s");

    private final PrintStream out;

    public CrashHarness(PrintStream out) {
        this.out = out;
    }

    public CrashReport run(CrashSettings settings) {
        Random random = new Random(settings.seed());
        try (ProofCrms crms = ProofCrms.start(CrmSetup.realisticLimits());
             ProofDatabase database = settings.postgres() ? ProofDatabase.postgresSchema()
                     : ProofDatabase.h2File(settings.workDir())) {
            TwoWayWorkload workload = new TwoWayWorkload(settings.seed(), "crash" + settings.seed() + ".example");
            workload.create(crms, settings.people());
            ExpectedState expected = workload.expected();
            AppFleet fleet = new AppFleet(crms, database, RECOVERY_PACING, settings.workDir(), "512m");
            TwoWayWorkload.Round changes = TwoWayWorkload.Round.NONE;
            for (int kill = 1; kill <= settings.kills(); kill++) {
                AppProcess app = fleet.startReady();
                long uptime = (long) (random.nextDouble() * settings.maxUptime().toMillis());
                changes = changes.plus(workload.round(crms, kill, settings.editShare()));
                Deadline.pause(Duration.ofMillis(uptime));
                app.kill();
                out.printf("kill %d of %d, %d ms after the app was ready%n", kill, settings.kills(), uptime);
            }
            Instant finalStart = Instant.now();
            try (AppProcess app = fleet.startReady()) {
                changes = changes.plus(workload.round(crms, settings.kills() + 1,
                        Math.max(settings.editShare(), 0.5)));
                List<Differences> differences = expected.awaitConvergence(crms, settings.converge());
                Duration convergedIn = Duration.between(finalStart, Instant.now());
                return new CrashReport(settings.kills(), changes, convergedIn, differences,
                        PipelineTables.read(database));
            }
        }
    }
}
