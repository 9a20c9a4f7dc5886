package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.ErrorClosure;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ErrorQueue} in memory, with the status checks of the durable one. Errors are stamped with the given clock.
 * Thread-safe.
 */
public final class InMemoryErrorQueue implements ErrorQueue {

    private static final Comparator<SyncError> NEWEST_FIRST =
            Comparator.comparing(SyncError::failedAt).thenComparing(SyncError::id).reversed();

    private final Clock clock;
    private final Map<Long, SyncError> errors = new LinkedHashMap<>();
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
        return list(ErrorFilter.ALL.withStatus(ErrorStatus.OPEN), limit);
    }

    @Override
    public synchronized Optional<SyncError> find(long errorId) {
        return Optional.ofNullable(errors.get(errorId));
    }

    @Override
    public synchronized List<SyncError> list(ErrorFilter filter, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return errors.values().stream().filter(filter::matches).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized long count(ErrorFilter filter) {
        return errors.values().stream().filter(filter::matches).count();
    }

    @Override
    public synchronized void dismiss(long errorId, String who, String why) {
        SyncError error = inStatus(errorId, "dismiss", ErrorStatus.OPEN);
        errors.put(errorId, with(error, ErrorStatus.DISMISSED,
                Optional.of(new ErrorClosure(who, why, clock.instant()))));
    }

    @Override
    public synchronized void markRetrying(long errorId) {
        SyncError error = inStatus(errorId, "retry", ErrorStatus.OPEN, ErrorStatus.RETRYING);
        errors.put(errorId, with(error, ErrorStatus.RETRYING, Optional.empty()));
    }

    @Override
    public synchronized void resolve(long errorId, String how) {
        SyncError error = inStatus(errorId, "resolve", ErrorStatus.RETRYING);
        errors.put(errorId, with(error, ErrorStatus.RESOLVED,
                Optional.of(new ErrorClosure(ErrorClosure.LEADBRIDGE, how, clock.instant()))));
    }

    @Override
    public synchronized void reopen(long errorId, SyncFailure failure, int attempts) {
        inStatus(errorId, "reopen", ErrorStatus.RETRYING);
        SyncError error = errors.get(errorId);
        errors.put(errorId, new SyncError(errorId, error.event(), failure, attempts, clock.instant()));
    }

    /** Every error ever added, oldest first, open or not. */
    public synchronized List<SyncError> all() {
        return new ArrayList<>(errors.values());
    }

    /** The open errors for one source record, oldest first. */
    public synchronized List<SyncError> openFor(ExternalRef ref) {
        return errors.values().stream()
                .filter(e -> e.status() == ErrorStatus.OPEN && e.event().ref().equals(ref))
                .toList();
    }

    private SyncError inStatus(long errorId, String operation, ErrorStatus... allowed) {
        SyncError error = errors.get(errorId);
        if (error == null) {
            throw new NoSuchElementException("no error " + errorId);
        }
        if (!List.of(allowed).contains(error.status())) {
            throw new IllegalStateException("cannot " + operation + " error " + errorId + ": it is " + error.status());
        }
        return error;
    }

    private static SyncError with(SyncError error, ErrorStatus status, Optional<ErrorClosure> closure) {
        return new SyncError(error.id(), error.event(), error.failure(), error.attempts(), error.failedAt(), status,
                closure);
    }
}
