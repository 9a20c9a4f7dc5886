package io.leadbridge.proof.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One benchmark run.
 *
 * @param backfillSizes    people per backfill run, e.g. 10k, 50k, 100k (each into fresh emulators and database)
 * @param latency          added to every emulator response
 * @param changes          HubSpot changes timed on the webhook path
 * @param changesPerSecond the rate they are made at
 * @param backfillTimeout  the longest one backfill may take
 * @param outDir           where {@code benchmark.md} and the plot are written
 * @param workDir          databases and app logs
 */
public record BenchSettings(List<Integer> backfillSizes, Duration latency, int changes, double changesPerSecond,
                            Duration backfillTimeout, Path outDir, Path workDir) {
}
