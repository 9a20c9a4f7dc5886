package io.leadbridge.proof.faults;

import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.state.Differences;
import java.time.Duration;
import java.util.List;

/**
 * A fault-free run next to the same workload under injected faults.
 *
 * @param cleanRun        the fault-free run's time to the expected state
 * @param faultyRun       the faulty run's time to the expected state
 * @param faultyCalls     calls the emulators received in the faulty run (injected faults included)
 * @param differences     the faulty run's end state against the expected one
 * @param endStateDiffers end-state entries in which the two runs differ (none when equal)
 * @param faultyTables    the faulty run's error queue and inbox at the end
 */
public record FaultReport(Duration cleanRun, Duration faultyRun, long faultyCalls, List<Differences> differences,
                          List<String> endStateDiffers, PipelineTables faultyTables) {

    public boolean equalEndStates() {
        return endStateDiffers.isEmpty() && differences.stream().allMatch(Differences::none);
    }

    public String summary() {
        StringBuilder text = new StringBuilder("fault injection: fault-free run converged in "
                + cleanRun.toSeconds() + " s, faulty run in " + faultyRun.toSeconds() + " s (" + faultyCalls
                + " calls); end states " + (endStateDiffers.isEmpty() ? "equal" : "differ in "
                + endStateDiffers.size() + " entries, e.g. " + endStateDiffers.subList(0,
                Math.min(5, endStateDiffers.size()))) + "; open errors " + faultyTables.openErrors()
                + ", parked " + faultyTables.parkedChanges());
        differences.forEach(d -> text.append("\n  ").append(d.summary()));
        return text.toString();
    }
}
