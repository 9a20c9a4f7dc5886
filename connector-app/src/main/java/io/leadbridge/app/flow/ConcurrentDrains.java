package io.leadbridge.app.flow;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs at most {@code max} drains at once, each on a thread of its own. A drain handed over while every thread is
 * busy is not run: the poller hands over the next one a {@code drain-interval} later, so drains never queue up
 * behind each other. Not an {@code Executor} itself, so that it does not take the place of Spring Boot's.
 */
public final class ConcurrentDrains {

    private final Semaphore free;
    private final ExecutorService threads;

    public ConcurrentDrains(int max, String threadPrefix) {
        if (max < 1) {
            throw new IllegalArgumentException("connector.sync.drains must be at least 1, was " + max);
        }
        this.free = new Semaphore(max);
        this.threads = Executors.newFixedThreadPool(max, DaemonThreads.named(threadPrefix));
    }

    /** Starts a drain on a free thread, or drops it when none is free. */
    public Executor executor() {
        return this::start;
    }

    private void start(Runnable drain) {
        if (!free.tryAcquire()) {
            return;
        }
        try {
            threads.execute(() -> {
                try {
                    drain.run();
                } finally {
                    free.release();
                }
            });
        } catch (RejectedExecutionException stopped) {
            free.release();
            throw stopped;
        }
    }

    public void shutdownNow() {
        threads.shutdownNow();
    }
}
