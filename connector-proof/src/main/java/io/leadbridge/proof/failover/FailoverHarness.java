package io.leadbridge.proof.failover;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CountingProxy;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.FreePort;
import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.proof.state.Differences;
import io.leadbridge.proof.state.ExpectedState;
import io.leadbridge.proof.state.TwoWayWorkload;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two app instances on one PostgreSQL schema; HubSpot's webhooks go through a relay that hands each delivery to
 * either instance in turn. The instance started first holds the poller leadership; the harness kills it with
 * SIGKILL mid-sync, times how long until the survivor holds the leadership lock, creates a Salesforce Lead, which
 * only the Lead poller can see, and times how long until it reaches HubSpot through the survivor. At the end both CRMs must hold the expected state without duplicates.
 */
public final class FailoverHarness {

    private final PrintStream out;

    public FailoverHarness(PrintStream out) {
        this.out = out;
    }

    public FailoverReport run(FailoverSettings settings) {
        int leaderPort = FreePort.pick();
        int survivorPort = FreePort.pick();
        try (CountingProxy relay = CountingProxy.to(List.of(URI.create("http://localhost:" + leaderPort),
                URI.create("http://localhost:" + survivorPort)), (method, path, body) -> method + " " + path);
             ProofCrms crms = ProofCrms.start(CrmSetup.realisticLimits()
                     .withWebhooksTo(URI.create(relay.baseUrl() + "/webhooks/hubspot")));
             ProofDatabase database = ProofDatabase.postgresSchema()) {
            TwoWayWorkload workload = new TwoWayWorkload(settings.seed(), "failover" + settings.seed() + ".example");
            workload.create(crms, settings.people());
            ExpectedState expected = workload.expected();
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("connector.sync.lock-ttl", settings.lockTtl().toSeconds() + "s");
            extra.put("connector.sync.lease", "20s");
            extra.put("connector.hubspot.webhook-public-url", relay.baseUrl() + "/webhooks/hubspot");
            AppFleet fleet = new AppFleet(crms, database, extra, settings.workDir(), "512m");
            AppProcess leader = fleet.launch(leaderPort).awaitReady(AppFleet.START_TIMEOUT);
            try (AppProcess survivor = fleet.launch(survivorPort).awaitReady(AppFleet.START_TIMEOUT)) {
                workload.round(crms, 1, 0.2);
                String killedHolder = Deadline.await("a poller leader", AppFleet.START_TIMEOUT,
                        Duration.ofMillis(200), () -> PollerLeadership.holder(database));
                leader.kill();
                Instant killed = Instant.now();
                out.println("killed the poller leader on port " + leaderPort);
                String probe = "failover-probe@failover" + settings.seed() + ".example";
                Map<String, String> values = Map.of("firstname", "Probe", "lastname", "Failover",
                        "jobtitle", "Title 0", "company", "Failover Inc");
                String leadId = crms.salesforce().create("Lead", Map.of("Email", probe, "FirstName", "Probe",
                        "LastName", "Failover", "Title", "Title 0", "Company", "Failover Inc"));
                workload.people().expect(probe, false, leadId, values);
                Deadline.await("the survivor taking over the leadership", settings.converge(), Duration.ofMillis(200),
                        () -> PollerLeadership.holder(database).filter(holder -> !holder.equals(killedHolder)));
                Duration leadership = Duration.between(killed, Instant.now());
                out.printf("the survivor holds the poller leadership %.1f s after the kill%n",
                        leadership.toMillis() / 1000.0);
                workload.round(crms, 2, 0.2);
                Deadline.await("the survivor syncing a polled Lead", settings.converge(), Duration.ofMillis(200),
                        () -> crms.hubspot().contactByEmail(probe).map(contact -> true));
                Duration firstPolledChange = Duration.between(killed, Instant.now());
                out.printf("the survivor synced the probe Lead %.1f s after the kill%n",
                        firstPolledChange.toMillis() / 1000.0);
                List<Differences> differences = expected.awaitConvergence(crms, settings.converge());
                return new FailoverReport(leadership, firstPolledChange, differences, PipelineTables.read(database));
            } finally {
                leader.close();
            }
        }
    }
}
