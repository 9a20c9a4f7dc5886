package io.leadbridge.app.flow;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads on which the stream pollers read their next page while they store the one before
 * ({@link io.leadbridge.core.engine.ChangeIngestor}). A thread is made when a poller needs one and ends after a
 * minute unused, so there are never more than pollers polling at once. Not an {@code Executor} itself, so that it
 * does not take the place of Spring Boot's.
 */
public final class PollReadAhead {

    private final ExecutorService threads;

    public PollReadAhead() {
        this.threads = Executors.newCachedThreadPool(DaemonThreads.named("poll-read-ahead-"));
    }

    public Executor executor() {
        return threads;
    }

    public void shutdownNow() {
        threads.shutdownNow();
    }
}
