package io.leadbridge.proof.state;

import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.ProofCrms;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every object type's expected state, checked together. */
public final class ExpectedState {

    private final Map<String, ObjectTypeCheck> checks;

    public ExpectedState(Map<String, ObjectTypeCheck> checks) {
        this.checks = new LinkedHashMap<>(checks);
    }

    public List<Differences> compare(ProofCrms crms) {
        return checks.values().stream().map(check -> check.compare(crms)).toList();
    }

    /**
     * Waits until both CRMs hold the expected state.
     *
     * @return the differences at the end: empty lists when the state converged in time
     */
    public List<Differences> awaitConvergence(ProofCrms crms, Duration timeout) {
        try {
            return Deadline.await("convergence", timeout, Duration.ofSeconds(1), () -> {
                List<Differences> now = compare(crms);
                return now.stream().allMatch(Differences::none) ? Optional.of(now) : Optional.empty();
            });
        } catch (IllegalStateException timedOut) {
            return compare(crms);
        }
    }

    /** The end state of every object type, keyed by type then natural key. */
    public Map<String, Map<String, Map<String, String>>> endState(ProofCrms crms) {
        Map<String, Map<String, Map<String, String>>> state = new TreeMap<>();
        checks.forEach((type, check) -> state.put(type, check.endState(crms)));
        return state;
    }
}
