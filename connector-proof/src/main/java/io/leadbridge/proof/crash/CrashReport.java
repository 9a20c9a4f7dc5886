package io.leadbridge.proof.crash;

import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.state.Differences;
import io.leadbridge.proof.state.TwoWayWorkload;
import java.time.Duration;
import java.util.List;

/**
 * What a crash-harness run found.
 *
 * @param kills        processes killed with SIGKILL
 * @param changes      person edits, touches logged and company renames made across the run
 * @param convergedIn  from the final start until both CRMs held the expected state (or the timeout)
 * @param differences  per object type; all empty when nothing was lost or duplicated
 * @param tables       the app's error queue and inbox at the end
 */
public record CrashReport(int kills, TwoWayWorkload.Round changes, Duration convergedIn,
                          List<Differences> differences, PipelineTables tables) {

    public boolean clean() {
        return differences.stream().allMatch(Differences::none) && tables.openErrors() == 0
                && tables.parkedChanges() == 0;
    }

    public String summary() {
        StringBuilder text = new StringBuilder("crash harness: " + kills + " SIGKILLs, " + changes
                + ", converged in " + convergedIn.toSeconds() + " s after the last start; open errors "
                + tables.openErrors() + ", parked changes " + tables.parkedChanges());
        differences.forEach(d -> text.append("\n  ").append(d.summary()));
        return text.toString();
    }

    /** Every difference found, one per line (the summary shows ten per object type). */
    public List<String> differenceLines() {
        return differences.stream().flatMap(d -> d.lines().stream()).toList();
    }
}
