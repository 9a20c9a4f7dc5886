package io.leadbridge.proof.crash;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One crash-harness run.
 *
 * @param people      people created before the first start (half in each CRM)
 * @param kills       SIGKILLs before the final start
 * @param maxUptime   each killed process lives a random time up to this after it is ready
 * @param editShare   share of the people edited while each process runs
 * @param postgres    PostgreSQL schema instead of an H2 file
 * @param converge    how long the final process may take to reach the expected state
 * @param workDir     where the H2 file and the app logs go
 * @param seed        seed of the workload and the kill times
 */
public record CrashSettings(int people, int kills, Duration maxUptime, double editShare, boolean postgres,
                            Duration converge, Path workDir, long seed) {
}
