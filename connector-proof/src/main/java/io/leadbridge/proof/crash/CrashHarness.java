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
import io.leadbridge.proof.state.PeopleWorkload;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Kills the app with SIGKILL at a random moment after it is ready, while it syncs people changes made in both CRMs
 * just before, restarts it on the same database each time, and finally checks both emulators against the expected
 * state: nothing lost, nothing duplicated. The emulators live in this JVM, so their state outlives every kill.
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
            PeopleWorkload people = new PeopleWorkload(settings.seed(), "crash" + settings.seed() + ".example");
            people.create(crms, settings.people());
            ExpectedState expected = new ExpectedState(Map.of("people", people));
            AppFleet fleet = new AppFleet(crms, database, RECOVERY_PACING, settings.workDir(), "512m");
            int edits = 0;
            for (int kill = 1; kill <= settings.kills(); kill++) {
                AppProcess app = fleet.startReady();
                long uptime = (long) (random.nextDouble() * settings.maxUptime().toMillis());
                edits += people.editRound(crms, kill, settings.editShare());
                Deadline.pause(Duration.ofMillis(uptime));
                app.kill();
                out.printf("kill %d of %d, %d ms after the app was ready%n", kill, settings.kills(), uptime);
            }
            Instant finalStart = Instant.now();
            try (AppProcess app = fleet.startReady()) {
                // the last round edits people the restarted app already copied, so every run edits someone even
                // when the kills came before the first person reached the other CRM
                int wanted = Math.min(settings.people(), 20);
                Deadline.await("at least " + wanted + " people in both CRMs", settings.converge(), Duration.ofSeconds(1),
                        () -> people.inBoth(crms) >= wanted ? Optional.of(true) : Optional.empty());
                edits += people.editRound(crms, settings.kills() + 1, Math.max(settings.editShare(), 0.5));
                List<Differences> differences = expected.awaitConvergence(crms, settings.converge());
                Duration convergedIn = Duration.between(finalStart, Instant.now());
                return new CrashReport(settings.kills(), edits, convergedIn, differences,
                        PipelineTables.read(database));
            }
        }
    }
}
