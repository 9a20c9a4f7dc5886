package io.leadbridge.core.engine;

import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.company.CompanyInbox;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.touch.TouchInbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin's retry or dismissal of errors in the {@link ErrorQueue}. On a retry the stored change goes back into its
 * inbox for a fresh attempt: a person change to the {@link SyncWorker}'s, a company change to the
 * {@link CompanyInbox} of {@link io.leadbridge.core.company.CompanyDrain}, a touch whose mirror was parked to the
 * {@link TouchInbox} of {@link io.leadbridge.core.touch.TouchDrain}. Each resolves the error when the attempt
 * settles and reopens it with the new failure when it is parked again. The error is marked RETRYING before the
 * change is queued, so the outcome always finds it in that state.
 */
public final class ErrorRetry {

    private final ErrorQueue errors;
    private final ChangeInbox inbox;
    private final Optional<CompanyInbox> companies;
    private final Optional<TouchInbox> touches;
    private final ErrorQueueAudit audit;
    private final Clock clock;

    /**
     * Retries people's changes only. Each queued retry and each dismissal is also recorded in the person's audit
     * trail.
     */
    public ErrorRetry(ErrorQueue errors, ChangeInbox inbox, IdMappingStore ids, AuditTrail audit, Clock clock) {
        this(errors, inbox, Optional.empty(), Optional.empty(), ids, audit, clock);
    }

    /** Retries people's and companies' changes. */
    public ErrorRetry(ErrorQueue errors, ChangeInbox inbox, CompanyInbox companies, IdMappingStore ids,
                      AuditTrail audit, Clock clock) {
        this(errors, inbox, Optional.of(companies), Optional.empty(), ids, audit, clock);
    }

    /** Retries people's and companies' changes, and touches whose mirror was parked. */
    public ErrorRetry(ErrorQueue errors, ChangeInbox inbox, CompanyInbox companies, TouchInbox touches,
                      IdMappingStore ids, AuditTrail audit, Clock clock) {
        this(errors, inbox, Optional.of(companies), Optional.of(touches), ids, audit, clock);
    }

    private ErrorRetry(ErrorQueue errors, ChangeInbox inbox, Optional<CompanyInbox> companies,
                       Optional<TouchInbox> touches, IdMappingStore ids, AuditTrail audit, Clock clock) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.companies = Objects.requireNonNull(companies, "companies");
        this.touches = Objects.requireNonNull(touches, "touches");
        this.audit = new ErrorQueueAudit(ids, audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Closes an OPEN error without writing its change, remembering who and why.
     *
     * @throws NoSuchElementException when there is no such error
     * @throws IllegalStateException  when it is not OPEN
     */
    public void dismiss(long errorId, String who, String why) {
        errors.dismiss(errorId, who, why);
        SyncError error = errors.find(errorId).orElseThrow();
        audit.record(error, "dismiss", "error " + errorId + " (" + error.failure().code() + ") dismissed by " + who
                + ": " + why, clock.instant());
    }

    /**
     * Retries one OPEN error; retrying a RETRYING one again queues its change if it is not queued yet.
     *
     * @throws NoSuchElementException when there is no such error
     * @throws IllegalStateException  when it is RESOLVED or DISMISSED, or its change is no longer parked
     */
    public void retry(long errorId) {
        SyncError error = errors.find(errorId)
                .orElseThrow(() -> new NoSuchElementException("no error " + errorId));
        if (error.status() != ErrorStatus.OPEN && error.status() != ErrorStatus.RETRYING) {
            throw new IllegalStateException("error " + errorId + " is " + error.status()
                    + "; only OPEN or RETRYING errors can be retried");
        }
        errors.markRetrying(errorId);
        boolean queued = inbox.requeue(error.event().dedupKey(), errorId, clock.instant())
                || companies.map(parked -> parked.requeue(errorId, clock.instant())).orElse(false)
                || touches.map(parked -> parked.requeue(errorId, clock.instant())).orElse(false);
        if (!queued && error.status() == ErrorStatus.OPEN) {
            errors.reopen(errorId, error.failure(), error.attempts());
            throw new IllegalStateException("the change of error " + errorId + " (" + error.event().ref()
                    + ") is not parked in the inbox, so it cannot be queued again");
        }
        if (queued) {
            audit.record(error, "retry", "error " + errorId + " (" + error.failure().code() + ") queued for a retry",
                    clock.instant());
        }
    }

    /**
     * Retries up to {@code limit} OPEN errors that match the filter, newest first; an error whose change cannot be
     * queued stays OPEN and is reported with the reason.
     */
    public BulkRetry retryAll(ErrorFilter filter, int limit) {
        List<Long> queued = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (SyncError error : errors.list(filter.withStatus(ErrorStatus.OPEN), limit)) {
            try {
                retry(error.id());
                queued.add(error.id());
            } catch (IllegalStateException notQueued) {
                refused.put(error.id(), notQueued.getMessage());
            }
        }
        return new BulkRetry(queued, refused);
    }

    /** What a bulk retry did: the errors queued again, and those left OPEN with the reason. */
    public record BulkRetry(List<Long> queued, Map<Long, String> refused) {
        public BulkRetry {
            queued = List.copyOf(queued);
            refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
        }
    }
}
