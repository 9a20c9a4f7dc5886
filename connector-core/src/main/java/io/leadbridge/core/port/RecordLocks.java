package io.leadbridge.core.port;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Per-record mutual exclusion across threads and instances, so that one person is processed by one worker
 * at a time. Locks are not re-entrant across workers and are released by closing the returned handle.
 */
public interface RecordLocks {

    /** Takes the lock for {@code key} if it is free, without waiting. */
    Optional<Held> tryLock(String key);

    /**
     * Takes every one of {@code keys} that is free, without waiting, and returns which; closing the result releases
     * them all. An implementation may take them together, in fewer round trips, with the same outcome as one
     * {@link #tryLock} per key.
     */
    default HeldKeys tryLockAll(Set<String> keys) {
        Set<String> taken = new LinkedHashSet<>();
        Set<Held> handles = new LinkedHashSet<>();
        for (String key : keys) {
            tryLock(key).ifPresent(held -> {
                taken.add(key);
                handles.add(held);
            });
        }
        return new HeldKeys(taken, () -> handles.forEach(Held::close));
    }

    /** A held lock; closing it releases the lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The keys one {@link #tryLockAll} took; closing it releases them all. */
    record HeldKeys(Set<String> taken, Held release) implements Held {

        public HeldKeys {
            taken = Set.copyOf(taken);
        }

        public boolean holds(String key) {
            return taken.contains(key);
        }

        @Override
        public void close() {
            release.close();
        }
    }
}
