package io.leadbridge.proof.faults;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One fault-injection comparison.
 *
 * @param people    people created before the start (half in each CRM)
 * @param faultRate share of emulator calls answered with a 429, a 500 or a timeout
 * @param converge  how long each run may take to reach the expected state
 * @param workDir   where the H2 files and app logs go
 * @param seed      seed of the workload (the same in both runs) and of the injected faults
 */
public record FaultSettings(int people, double faultRate, Duration converge, Path workDir, long seed) {
}
