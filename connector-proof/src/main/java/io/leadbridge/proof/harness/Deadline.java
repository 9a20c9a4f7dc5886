package io.leadbridge.proof.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls a probe until it answers or the time is up; the harnesses' only way of waiting for the app. */
public final class Deadline {

    private Deadline() {
    }

    /**
     * @return the probe's first non-empty answer
     * @throws IllegalStateException naming {@code what} when {@code timeout} passes first
     */
    public static <T> T await(String what, Duration timeout, Duration every, Supplier<Optional<T>> probe) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException(what + " did not happen within " + timeout);
            }
            pause(every);
        }
    }

    /** Waits {@code duration}, keeping the thread's interrupt status. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
