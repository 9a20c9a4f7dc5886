package io.leadbridge.proof.faults;

import io.leadbridge.proof.harness.AppFleet;
import io.leadbridge.proof.harness.AppProcess;
import io.leadbridge.proof.harness.CrmSetup;
import io.leadbridge.proof.harness.PipelineTables;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.proof.harness.ProofDatabase;
import io.leadbridge.proof.state.Differences;
import io.leadbridge.proof.state.ExpectedState;
import io.leadbridge.proof.state.TwoWayWorkload;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Runs the same two-way workload (people, touches, companies) twice, first against well-behaved emulators, then
 * with a share of all calls answered by injected 429s, 500s and timeouts, and compares the two end states.
 */
public final class FaultHarness {

    /**
     * Client timeouts below the emulators' injected delay, so an injected timeout is one; enough retry attempts
     * that a change failing 20% of its calls is retried to success rather than parked (at 8 attempts a batch that
     * needs several calls is parked now and then, which is correct behaviour but not what this run measures); and a
     * touch that failed tried again after a second, not the proof runs' 5 s: a touch whose write meets several
     * faults in a row waited 5 s for each, which made the CI-sized run take from under a minute to three.
     */
    private static final Map<String, String> FAULT_TOLERANCE = Map.of(
            "connector.hubspot.read-timeout", "2s",
            "connector.salesforce.read-timeout", "2s",
            "connector.sync.retry.max-attempts", "60",
            "connector.sync.retry.initial-backoff", "500ms",
            "connector.sync.retry.max-backoff", "5s",
            "connector.sync.touches.wait-interval", "1s");

    private static final Duration INJECTED_TIMEOUT = Duration.ofSeconds(3);

    private final PrintStream out;

    public FaultHarness(PrintStream out) {
        this.out = out;
    }

    public FaultReport run(FaultSettings settings) {
        Run clean = runOnce(settings, 0, "clean");
        out.println("fault-free run: " + clean.differences);
        Run faulty = runOnce(settings, settings.faultRate(), "faulty");
        out.println("faulty run: " + faulty.differences);
        return new FaultReport(clean.took, faulty.took, faulty.calls, faulty.differences,
                differing(clean.endState, faulty.endState), faulty.tables);
    }

    private record Run(Duration took, long calls, List<Differences> differences,
                       Map<String, Map<String, Map<String, String>>> endState, PipelineTables tables) {
    }

    private Run runOnce(FaultSettings settings, double faultRate, String name) {
        CrmSetup setup = CrmSetup.realisticLimits().withFaults(faultRate, INJECTED_TIMEOUT);
        try (ProofCrms crms = ProofCrms.start(setup);
             ProofDatabase database = ProofDatabase.h2File(settings.workDir().resolve(name))) {
            TwoWayWorkload workload = new TwoWayWorkload(settings.seed(), "faults" + settings.seed() + ".example");
            workload.create(crms, settings.people());
            ExpectedState expected = workload.expected();
            AppFleet fleet = new AppFleet(crms, database, FAULT_TOLERANCE, settings.workDir().resolve(name), "512m");
            Instant start = Instant.now();
            try (AppProcess app = fleet.startReady()) {
                List<Differences> first = expected.awaitConvergence(crms, settings.converge());
                if (first.stream().allMatch(Differences::none)) {
                    workload.round(crms, 1, 0.3);
                }
                List<Differences> differences = expected.awaitConvergence(crms, settings.converge());
                Duration took = Duration.between(start, Instant.now());
                long calls = crms.hubspotCalls().total() + crms.salesforceCalls().total();
                return new Run(took, calls, differences, expected.endState(crms), PipelineTables.read(database));
            }
        }
    }

    private static List<String> differing(Map<String, Map<String, Map<String, String>>> a,
                                          Map<String, Map<String, Map<String, String>>> b) {
        List<String> differing = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>(a.keySet());
        types.addAll(b.keySet());
        for (String type : types) {
            Map<String, Map<String, String>> left = a.getOrDefault(type, Map.of());
            Map<String, Map<String, String>> right = b.getOrDefault(type, Map.of());
            TreeSet<String> keys = new TreeSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (String key : keys) {
                if (!Objects.equals(left.get(key), right.get(key))) {
                    differing.add(type + " " + key + ": " + left.get(key) + " vs " + right.get(key));
                }
            }
        }
        return differing;
    }
}
