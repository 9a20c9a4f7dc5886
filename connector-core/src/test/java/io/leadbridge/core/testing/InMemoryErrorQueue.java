package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link ErrorQueue} in memory. Errors are stamped with the given clock; {@link #dismiss} closes one, as an
 * admin would. Thread-safe.
 */
public final class InMemoryErrorQueue implements ErrorQueue {

    private final Clock clock;
    private final Map<Long, SyncError> errors = new LinkedHashMap<>();
    private final Set<Long> closed = new HashSet<>();
    private long nextId = 1;

    public InMemoryErrorQueue(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized long add(ChangeEvent event, SyncFailure failure, int attempts) {
        long id = nextId++;
        errors.put(id, new SyncError(id, event, failure, attempts, clock.instant()));
        return id;
    }

    @Override
    public synchronized List<SyncError> open(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return errors.values().stream()
                .filter(e -> !closed.contains(e.id()))
                .sorted(Comparator.comparing(SyncError::failedAt).thenComparing(SyncError::id).reversed())
                .limit(limit)
                .toList();
    }

    /** Every error ever added, oldest first, open or not. */
    public synchronized List<SyncError> all() {
        return new ArrayList<>(errors.values());
    }

    /** The open errors for one source record, oldest first. */
    public synchronized List<SyncError> openFor(ExternalRef ref) {
        return errors.values().stream()
                .filter(e -> !closed.contains(e.id()) && e.event().ref().equals(ref))
                .toList();
    }

    /** Closes an error, as the admin's Dismiss or a successful Resync does. */
    public synchronized void dismiss(long errorId) {
        if (!errors.containsKey(errorId)) {
            throw new IllegalArgumentException("no error " + errorId);
        }
        closed.add(errorId);
    }
}
