package io.leadbridge.proof.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The connector's runnable jar in a child JVM, as an operator runs it: started with {@code --key=value} properties,
 * ready once {@code /actuator/health/readiness} says UP, killed with SIGKILL ({@link #kill()}) or stopped gracefully. A
 * harness stopped with Ctrl-C takes its app processes with it.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The app jar the build produced: {@code -Dleadbridge.app.jar}, else {@code connector-app/target/connector-app.jar}. */
    public static Path appJar() {
        Path jar = Path.of(System.getProperty("leadbridge.app.jar", "connector-app/target/connector-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The app jar " + jar.toAbsolutePath() + " does not exist; build it with "
                    + "./mvnw -B -pl connector-app -am package -DskipTests");
        }
        return jar;
    }

    /**
     * Starts the app on {@code port} with {@code properties}, its output appended to {@code log}.
     *
     * <p>The child runs the serial collector, whose full collections log the heap left live
     * ({@code GcLogHeap}); {@code -Dleadbridge.app.gc=<flag>} picks another (e.g. {@code -XX:+UseParallelGC}),
     * and an empty value leaves the JVM's default, as {@code java -jar} runs the app.
     *
     * @param maxHeap the child's {@code -Xmx}, e.g. {@code 512m}
     */
    public static AppProcess start(Map<String, String> properties, int port, Path log, String maxHeap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        String collector = System.getProperty("leadbridge.app.gc", "-XX:+UseSerialGC");
        if (!collector.isBlank()) {
            command.add(collector);
        }
        command.add("-Xlog:gc:file=" + gcLogOf(log).toAbsolutePath());
        command.add("-jar");
        command.add(appJar().toAbsolutePath().toString());
        command.add("--server.port=" + port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "app-" + port + "-reaper"));
            return new AppProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the app: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Waits until the app answers UP on its readiness probe; fails with the log's tail if it died. Readiness leaves
     * the CRMs' checks out: with faults injected, one failed check kept {@code /actuator/health} DOWN for its minute,
     * and three in a row kept a started app from counting as ready within {@link AppFleet#START_TIMEOUT}.
     */
    public AppProcess awaitReady(Duration timeout) {
        Deadline.await("the app on port " + port + " becoming ready", timeout, Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + logTail());
            }
            return get("/actuator/health/readiness").filter(body -> body.contains("\"UP\""));
        });
        return this;
    }

    /** The body of a GET on the app, when it answers 200. */
    public Optional<String> get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** CPU time the app's JVM has used so far (user and system), as the operating system counts it. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** SIGKILL: no shutdown hooks, no flush, no goodbye; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if the app has not stopped after 30 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    /**
     * Waits until the process ends on its own (e.g. it refused to start) and returns its exit code; fails if it is
     * still running after {@code timeout}.
     */
    public int awaitExitCode(Duration timeout) {
        if (!awaitExit(timeout)) {
            throw new IllegalStateException("the app on port " + port + " still runs after " + timeout);
        }
        return process.exitValue();
    }

    /** The JVM's log of its garbage collections (one line per pause, heap before and after). */
    public Path gcLog() {
        return gcLogOf(log);
    }

    private static Path gcLogOf(Path log) {
        return log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-gc.log");
    }

    /** Everything the app has written to its log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + log + ": " + e.getMessage(), e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
