package io.leadbridge.core.workflow;

import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.time.Instant;
import java.util.Objects;

/**
 * Delivers one stored workflow command through a {@link WorkflowCommandCarrier} and decides what becomes of it:
 * done; tried again later (a retriable failure, with the retry policy's backoff, or a rate limit, after the CRM's
 * retry-after without using up an attempt); or parked for an admin, with the command kept, when the CRM refuses it
 * or the attempts run out.
 */
public final class CommandDelivery {

    private final WorkflowCommandCarrier carrier;
    private final RetryPolicy retry;

    public CommandDelivery(WorkflowCommandCarrier carrier, RetryPolicy retry) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * @param key           the command's Leadbridge key
     * @param attemptsSoFar how often delivering it failed before
     */
    public Outcome deliver(String key, WorkflowCommand command, int attemptsSoFar, Instant now) {
        try {
            carrier.carry(key, command);
            return new Outcome.Done();
        } catch (SyncFailureException failed) {
            SyncFailure failure = failed.failure();
            if (failure instanceof SyncFailure.RateLimited limited) {
                return new Outcome.RetryLater(now.plus(limited.retryAfter()), attemptsSoFar, failure);
            }
            int attempts = attemptsSoFar + 1;
            if (failure instanceof SyncFailure.Retriable && !retry.exhausted(attempts)) {
                return new Outcome.RetryLater(now.plus(retry.backoffAfter(attempts)), attempts, failure);
            }
            return new Outcome.Parked(attempts, failure);
        }
    }

    /** What became of one delivery. */
    public sealed interface Outcome {

        /** Carried out: mark the command done; it is never sent again. */
        record Done() implements Outcome {
        }

        /** Not carried out yet: try again at {@code at}; {@code attempts} failures so far. */
        record RetryLater(Instant at, int attempts, SyncFailure failure) implements Outcome {
        }

        /** Not to be tried again without an admin: keep the command with its failure. */
        record Parked(int attempts, SyncFailure failure) implements Outcome {
        }
    }
}
