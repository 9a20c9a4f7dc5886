package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.AppProcess;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples a running app's heap through its Prometheus endpoint twice a second and keeps the peaks: heap in use
 * (garbage included) and the live data left after the last full collection.
 */
final class HeapSampler implements AutoCloseable {

    private static final Pattern HEAP_USED =
            Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+-]+)$");
    private static final Pattern LIVE_DATA = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.E+-]+)$");

    private final AppProcess app;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(AppProcess app) {
        this.app = app;
        this.thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakUsedBytes() {
        return peakUsed.get();
    }

    long peakLiveBytes() {
        return peakLive.get();
    }

    private void sample() {
        while (running) {
            Optional<String> metrics = app.get("/actuator/prometheus");
            metrics.ifPresent(text -> {
                peakUsed.accumulateAndGet(sum(HEAP_USED.matcher(text)), Math::max);
                peakLive.accumulateAndGet(sum(LIVE_DATA.matcher(text)), Math::max);
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long sum(Matcher matcher) {
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return (long) total;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
