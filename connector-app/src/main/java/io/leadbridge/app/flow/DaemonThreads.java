package io.leadbridge.app.flow;

import java.util.concurrent.ThreadFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Thread factories for the app's own pools, whose threads never keep the JVM running. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Daemon threads named {@code prefix} and a number from 1, e.g. {@code inbox-drain-1}. */
    static ThreadFactory named(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }
}
