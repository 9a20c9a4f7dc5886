package io.leadbridge.core.port;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import java.util.List;

/**
 * Changes that could not be written: kept with the vendor's code, message and fields until a retry
 * succeeds or an admin dismisses them. Nothing leaves this queue silently.
 *
 * <p>Safe for concurrent use.
 */
public interface ErrorQueue {

    /** Records a failed change; returns the error's id. */
    long add(ChangeEvent event, SyncFailure failure, int attempts);

    /** Errors nobody has resolved or dismissed yet, newest first. */
    List<SyncError> open(int limit);
}
