package io.leadbridge.proof.failover;

import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.state.Differences;
import java.time.Duration;
import java.util.List;

/**
 * What a failover run found.
 *
 * @param takeover          from the SIGKILL of the poller leader until the survivor held the leadership lock
 * @param firstPolledChange from the SIGKILL until a change only the Lead poller can see (a Salesforce Lead created
 *                          right after the kill) reached HubSpot through the survivor
 * @param differences     the end state against the expected one
 * @param tables          the shared error queue and inbox at the end
 */
public record FailoverReport(Duration takeover, Duration firstPolledChange, List<Differences> differences,
                             PipelineTables tables) {

    public boolean clean() {
        return differences.stream().allMatch(Differences::none) && tables.openErrors() == 0
                && tables.parkedChanges() == 0;
    }

    public String summary() {
        StringBuilder text = new StringBuilder("failover: the survivor held the poller leadership "
                + takeover.toMillis() / 1000.0 + " s after the leader's SIGKILL and synced the first polled change "
                + firstPolledChange.toMillis() / 1000.0 + " s after it; open errors " + tables.openErrors()
                + ", parked " + tables.parkedChanges());
        differences.forEach(d -> text.append("\n  ").append(d.summary()));
        return text.toString();
    }
}
