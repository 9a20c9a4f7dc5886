package io.leadbridge.proof.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark run.
 *
 * @param backfillSizes    people per backfill run, e.g. 10k, 50k, 100k (each into fresh emulators and database)
 * @param latency          added to every emulator response
 * @param changes          HubSpot changes timed on the webhook path
 * @param changesPerSecond the rate they are made at
 * @param touches          touches timed per touch run (0: no touch run)
 * @param touchesPerSecond the rate they are logged at
 * @param touchPaths       the touch runs: {@code polling} (HubSpot emails until Salesforce shows their Task) and
 *                         {@code webhook} (Salesforce Tasks by outbound message until HubSpot's SDR-context note
 *                         counts them, each person's note created first) and {@code webhook-first} (the same, where
 *                         the first touch on each person also creates their note)
 * @param appProperties    further properties every app of the run starts with (e.g. the scheduler's threads)
 * @param backfillTimeout  the longest one backfill may take
 * @param postgres         whether the backfills keep the app's data in a PostgreSQL schema instead of an H2 file
 *                         (the latency runs always use an H2 file)
 * @param outDir           where {@code benchmark.md} and the plot are written
 * @param workDir          databases and app logs
 */
public record BenchSettings(List<Integer> backfillSizes, Duration latency, int changes, double changesPerSecond,
                            int touches, double touchesPerSecond, Set<String> touchPaths,
                            Map<String, String> appProperties,
                            Duration backfillTimeout, boolean postgres, Path outDir, Path workDir) {

    public static final String POLLING = "polling";
    public static final String WEBHOOK = "webhook";
    public static final String WEBHOOK_FIRST = "webhook-first";

    public BenchSettings {
        touchPaths = Set.copyOf(touchPaths);
        if (!Set.of(POLLING, WEBHOOK, WEBHOOK_FIRST).containsAll(touchPaths)) {
            throw new IllegalArgumentException("touch paths are polling, webhook and webhook-first, not "
                    + touchPaths);
        }
        appProperties = Map.copyOf(appProperties);
    }
}
