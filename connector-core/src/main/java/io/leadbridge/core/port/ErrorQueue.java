package io.leadbridge.core.port;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Changes that could not be written: kept with the vendor's code, message and fields until a retry
 * succeeds or an admin dismisses them. Nothing leaves this queue silently: an error is only ever
 * {@link ErrorStatus#RESOLVED} by a successful attempt or {@link ErrorStatus#DISMISSED} by a named admin with a
 * reason, and closed errors stay listed.
 *
 * <p>Lifecycle: OPEN → ({@link #markRetrying}) RETRYING → ({@link #resolve}) RESOLVED or ({@link #reopen}) OPEN
 * again with the new failure; OPEN → ({@link #dismiss}) DISMISSED.
 *
 * <p>Safe for concurrent use. Transitions check the current status and throw {@link IllegalStateException} when
 * it does not allow them, {@link NoSuchElementException} when the id is unknown.
 */
public interface ErrorQueue {

    /** Records a failed change as OPEN; returns the error's id. */
    long add(ChangeEvent event, SyncFailure failure, int attempts);

    /** Errors nobody has resolved or dismissed yet, newest first. */
    List<SyncError> open(int limit);

    Optional<SyncError> find(long errorId);

    /** The errors that match, newest failure first, at most {@code limit}. */
    List<SyncError> list(ErrorFilter filter, int limit);

    long count(ErrorFilter filter);

    /** Closes an OPEN error without writing its change, remembering who and why. */
    void dismiss(long errorId, String who, String why);

    /** The error's change goes back to the inbox: OPEN (or already RETRYING) becomes RETRYING. */
    void markRetrying(long errorId);

    /** The retried change was settled (written, or replaced by a newer change): RETRYING becomes RESOLVED. */
    void resolve(long errorId, String how);

    /** The retried change failed again and was parked: RETRYING becomes OPEN with this failure. */
    void reopen(long errorId, SyncFailure failure, int attempts);
}
