package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.Deadline;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Timed workloads: steps made at a steady rate, then a bounded wait for what they started to arrive. */
final class Paced {

    private Paced() {
    }

    /** Runs {@code step} for 0 to {@code count - 1}, {@code perSecond} a second, without catching up in bursts. */
    static void run(int count, double perSecond, IntConsumer step) {
        long pause = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            step.accept(i);
            next += pause;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Deadline.pause(Duration.ofNanos(wait));
            }
        }
    }

    /** Starts a daemon thread that runs {@code check} every {@code pauseMillis} ms until it is interrupted. */
    static Thread watcher(String name, long pauseMillis, Runnable check) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                check.run();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Records the latency of the timed item {@code key}, seen at {@code seenAt} (nanos), if it was still pending. */
    static void seen(Map<String, Long> pending, String key, long seenAt, List<Duration> samples) {
        Long madeAt = pending.remove(key);
        if (madeAt != null) {
            samples.add(Duration.ofNanos(seenAt - madeAt));
        }
    }

    /** Waits up to {@code timeout} for {@code pending} to empty; says how many never arrived. */
    static void awaitArrival(String what, Collection<?> pending, Duration timeout, PrintStream out) {
        try {
            Deadline.await("every timed " + what + " in Salesforce", timeout, Duration.ofSeconds(1),
                    () -> pending.isEmpty() ? Optional.of(true) : Optional.empty());
        } catch (IllegalStateException timedOut) {
            out.println(pending.size() + " timed " + what + " never arrived");
        }
    }
}
