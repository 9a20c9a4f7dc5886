package io.leadbridge.app.persistence;

import io.leadbridge.core.port.RecordLocks;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.springframework.integration.support.locks.LockRegistry;

/**
 * {@link RecordLocks} over a Spring Integration {@link LockRegistry}; with the {@code JdbcLockRegistry}
 * the locks hold across every instance sharing the database.
 */
public class LockRegistryRecordLocks implements RecordLocks {

    private final LockRegistry<? extends Lock> registry;

    public LockRegistryRecordLocks(LockRegistry<? extends Lock> registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Held> tryLock(String key) {
        Lock lock = registry.obtain(key);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        return Optional.of(lock::unlock);
    }
}
