package io.leadbridge.proof.bench;

import io.leadbridge.proof.harness.Deadline;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
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
