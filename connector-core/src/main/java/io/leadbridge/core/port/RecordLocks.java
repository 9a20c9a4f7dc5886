package io.leadbridge.core.port;

import java.util.Optional;

/**
 * Per-record mutual exclusion across threads and instances, so that one person is processed by one worker
 * at a time. Locks are not re-entrant across workers and are released by closing the returned handle.
 */
public interface RecordLocks {

    /** Takes the lock for {@code key} if it is free, without waiting. */
    Optional<Held> tryLock(String key);

    /** A held lock; closing it releases the lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
