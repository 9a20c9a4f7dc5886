package io.leadbridge.proof.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts app processes of one harness run: all on the same database and emulators, each on a port of its own,
 * logging to the run's directory.
 */
public final class AppFleet {

    /** How long a start may take on a loaded machine (Flyway, the CRMs' start-up checks). */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static final int PORT_ATTEMPTS = 3;
    private static final String PORT_TAKEN = "was already in use";

    private final Map<String, String> properties;
    private final Path logDirectory;
    private final String maxHeap;
    private int started;

    public AppFleet(ProofCrms crms, ProofDatabase database, Map<String, String> extra, Path logDirectory,
                    String maxHeap) {
        this.properties = new LinkedHashMap<>(crms.appProperties());
        this.properties.putAll(database.springProperties());
        this.properties.putAll(extra);
        this.logDirectory = logDirectory;
        this.maxHeap = maxHeap;
    }

    /** Starts one more app process on {@code port} and returns without waiting for it to be ready. */
    public AppProcess launch(int port) {
        started++;
        return AppProcess.start(properties, port, logDirectory.resolve("app-" + started + ".log"), maxHeap);
    }

    /**
     * Starts one more app process on a free port and waits until it is ready. The port is free when picked, but
     * the app binds it only after its start-up (seconds later), and on a busy machine an outgoing connection can
     * take it meanwhile (ports come from the same ephemeral range); such a start is tried again on another port.
     */
    public AppProcess startReady() {
        for (int attempt = 1; ; attempt++) {
            try {
                return launch(FreePort.pick()).awaitReady(START_TIMEOUT);
            } catch (IllegalStateException failed) {
                if (attempt == PORT_ATTEMPTS || !String.valueOf(failed.getMessage()).contains(PORT_TAKEN)) {
                    throw failed;
                }
            }
        }
    }

    public int started() {
        return started;
    }
}
