package io.leadbridge.core.testing;

import io.leadbridge.core.port.RecordLocks;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RecordLocks} in memory, not re-entrant: a second {@link #tryLock} of a held key fails even from the same
 * thread, which is how a test plays "another worker holds this record". Closing a handle twice is harmless.
 * Thread-safe.
 */
public final class InMemoryRecordLocks implements RecordLocks {

    private final Set<String> held = new HashSet<>();
    private int refusals;

    @Override
    public synchronized Optional<Held> tryLock(String key) {
        Objects.requireNonNull(key, "key");
        if (!held.add(key)) {
            refusals++;
            return Optional.empty();
        }
        return Optional.of(new Handle(key));
    }

    public synchronized boolean isLocked(String key) {
        return held.contains(key);
    }

    public synchronized Set<String> heldKeys() {
        return Set.copyOf(held);
    }

    /** How many {@link #tryLock} calls found the key already held. */
    public synchronized int refusals() {
        return refusals;
    }

    private synchronized void unlock(String key) {
        held.remove(key);
    }

    private final class Handle implements Held {
        private final String key;
        private boolean open = true;

        Handle(String key) {
            this.key = key;
        }

        @Override
        public void close() {
            synchronized (InMemoryRecordLocks.this) {
                if (open) {
                    open = false;
                    unlock(key);
                }
            }
        }
    }
}
