package io.leadbridge.proof;

import io.leadbridge.proof.bench.BenchSettings;
import io.leadbridge.proof.bench.BenchmarkHarness;
import io.leadbridge.proof.crash.CrashHarness;
import io.leadbridge.proof.crash.CrashReport;
import io.leadbridge.proof.crash.CrashSettings;
import io.leadbridge.proof.failover.FailoverHarness;
import io.leadbridge.proof.failover.FailoverReport;
import io.leadbridge.proof.failover.FailoverSettings;
import io.leadbridge.proof.faults.FaultHarness;
import io.leadbridge.proof.faults.FaultReport;
import io.leadbridge.proof.faults.FaultSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar connector-proof/target/connector-proof.jar <bench|crash|faults|failover> [--name=value ...]}: the
 * full-size harnesses. Run from the repository root (the app jar is read from
 * {@code connector-app/target/connector-app.jar}, or {@code -Dleadbridge.app.jar}). Exit code 0 when the run proved
 * its claim, 1 when it did not, 2 for bad arguments.
 */
public final class ProofMain {

    static final String USAGE = """
            Usage: java -jar connector-proof/target/connector-proof.jar COMMAND [--name=value ...]

              bench     --sizes=10000,50000,100000 --latency-ms=20 --changes=300 --changes-per-second=10
                        --touches=1500 --touches-per-second=50 --touch-paths=polling,webhook(,webhook-first)
                        --scheduler-threads=(app default) --postgres=false (backfills on PostgreSQL)
                        --app.NAME=VALUE (any app property, e.g. --app.connector.sync.touches.hubspot-types=emails)
                        --out=docs/benchmarks-run
              crash     --people=10000 --kills=10 --max-uptime-s=40 --postgres=false --converge-min=30
              faults    --people=2000 --fault-rate=0.2 --converge-min=20
              failover  --people=2000 --lock-ttl-s=10 --converge-min=10   (needs PostgreSQL, LEADBRIDGE_TEST_PG_URL)

            Common: --work=target/proof (databases, app logs), --seed=42
            """;

    private static final String APP_PROPERTY = "app.";

    private ProofMain() {
    }

    /** {@code --scheduler-threads=N}, and every {@code --app.NAME=VALUE} as the app property NAME (ADR 0028). */
    /** Keeps a run's full list of differences next to its databases and logs, for tracing them afterwards. */
    private static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> benchAppProperties(Map<String, String> options) {
        Map<String, String> properties = new HashMap<>();
        Optional.ofNullable(options.get("scheduler-threads"))
                .ifPresent(threads -> properties.put("spring.task.scheduling.pool.size", threads));
        options.forEach((name, value) -> {
            if (name.startsWith(APP_PROPERTY)) {
                properties.put(name.substring(APP_PROPERTY.length()), value);
            }
        });
        return properties;
    }

    public static void main(String[] args) {
        if (args.length == 0 || !List.of("bench", "crash", "faults", "failover").contains(args[0])) {
            System.err.print(USAGE);
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("'" + arg + "' is not --name=value\n" + USAGE);
                System.exit(2);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Path work = Path.of(options.getOrDefault("work", "target/proof")).resolve(args[0] + "-" + System.currentTimeMillis());
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        boolean proved = switch (args[0]) {
            case "bench" -> {
                List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "10000,50000,100000").split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                System.out.println(new BenchmarkHarness(System.out).run(new BenchSettings(sizes,
                        Duration.ofMillis(Long.parseLong(options.getOrDefault("latency-ms", "20"))),
                        Integer.parseInt(options.getOrDefault("changes", "300")),
                        Double.parseDouble(options.getOrDefault("changes-per-second", "10")),
                        Integer.parseInt(options.getOrDefault("touches", "1500")),
                        Double.parseDouble(options.getOrDefault("touches-per-second", "50")),
                        Set.of(options.getOrDefault("touch-paths", "polling,webhook").split(",")),
                        benchAppProperties(options),
                        Duration.ofMinutes(Long.parseLong(options.getOrDefault("backfill-timeout-min", "60"))),
                        Boolean.parseBoolean(options.getOrDefault("postgres", "false")),
                        Path.of(options.getOrDefault("out", "target/proof/bench-results")), work)));
                yield true;
            }
            case "crash" -> {
                CrashReport report = new CrashHarness(System.out).run(new CrashSettings(
                        Integer.parseInt(options.getOrDefault("people", "10000")),
                        Integer.parseInt(options.getOrDefault("kills", "10")),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-uptime-s", "40"))),
                        Double.parseDouble(options.getOrDefault("edit-share", "0.05")),
                        Boolean.parseBoolean(options.getOrDefault("postgres", "false")),
                        Duration.ofMinutes(Long.parseLong(options.getOrDefault("converge-min", "30"))), work, seed));
                System.out.println(report.summary());
                writeLines(work.resolve("differences.txt"), report.differenceLines());
                yield report.clean();
            }
            case "faults" -> {
                FaultReport report = new FaultHarness(System.out).run(new FaultSettings(
                        Integer.parseInt(options.getOrDefault("people", "2000")),
                        Double.parseDouble(options.getOrDefault("fault-rate", "0.2")),
                        Duration.ofMinutes(Long.parseLong(options.getOrDefault("converge-min", "20"))), work, seed));
                System.out.println(report.summary());
                yield report.equalEndStates();
            }
            default -> {
                FailoverReport report = new FailoverHarness(System.out).run(new FailoverSettings(
                        Integer.parseInt(options.getOrDefault("people", "2000")),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("lock-ttl-s", "10"))),
                        Duration.ofMinutes(Long.parseLong(options.getOrDefault("converge-min", "10"))), work, seed));
                System.out.println(report.summary());
                yield report.clean() && report.takeover().compareTo(Duration.ofSeconds(30)) <= 0;
            }
        };
        System.exit(proved ? 0 : 1);
    }
}
