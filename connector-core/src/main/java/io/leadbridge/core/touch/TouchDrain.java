package io.leadbridge.core.touch;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the {@link TouchInbox}: runs the due touches of each CRM through that CRM's {@link TouchMirrorPass} and
 * settles every touch by its outcome. A written mirror is settled and recorded in the person's audit trail; a
 * touch whose person is not linked yet waits; a rate-limited one waits for the vendor's time; a failure that may
 * pass (a timeout, a 5xx, a lock) is retried after the {@link RetryPolicy}'s backoff and parked in the
 * {@link ErrorQueue} with its key once the attempts are used up; a mirror the CRM refused for good is parked at
 * once. Nothing is settled without one of these, so no touch is dropped. An admin's retry of a parked touch
 * ({@link TouchInbox#requeue}) resolves its error when the mirror is written, or reopens it with the new failure.
 * The people whose touches changed have their SDR context refreshed.
 */
public final class TouchDrain {

    private static final Logger log = LoggerFactory.getLogger(TouchDrain.class);

    /** The rule id of a mirrored touch in the audit trail. */
    public static final String AUDIT_RULE = "touch-mirror";

    private final TouchInbox inbox;
    private final Map<CrmSystem, TouchMirrorPass> passBySource;
    private final IdMappingStore ids;
    private final ErrorQueue errors;
    private final AuditTrail audit;
    private final SdrContextPublisher sdrContext;
    private final Clock clock;
    private final Duration waitInterval;
    private final RetryPolicy retryPolicy;
    private final TouchLogged touchLogged;

    /**
     * @param passBySource the pass for the touches logged in each CRM (a HubSpot touch's pass writes to Salesforce)
     * @param waitInterval how long a touch waits before it is tried again (person not linked, or a retriable failure)
     */
    public TouchDrain(TouchInbox inbox, Map<CrmSystem, TouchMirrorPass> passBySource, IdMappingStore ids,
                      ErrorQueue errors, AuditTrail audit, SdrContextPublisher sdrContext, Clock clock,
                      Duration waitInterval) {
        this(inbox, passBySource, ids, errors, audit, sdrContext, clock, waitInterval, RetryPolicy.DEFAULT,
                TouchLogged.NONE);
    }

    /**
     * As above, with failed mirrors retried after {@code retryPolicy}'s backoff (never sooner than
     * {@code waitInterval}) until its attempts are used up, and every touch attributed to a person (mirrored now,
     * or found mirrored before) reported to {@code touchLogged} before it is settled, so a failure there leaves the
     * touch to be drained again.
     */
    public TouchDrain(TouchInbox inbox, Map<CrmSystem, TouchMirrorPass> passBySource, IdMappingStore ids,
                      ErrorQueue errors, AuditTrail audit, SdrContextPublisher sdrContext, Clock clock,
                      Duration waitInterval, RetryPolicy retryPolicy, TouchLogged touchLogged) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.touchLogged = Objects.requireNonNull(touchLogged, "touchLogged");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.passBySource = new EnumMap<>(passBySource);
        this.ids = Objects.requireNonNull(ids, "ids");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sdrContext = Objects.requireNonNull(sdrContext, "sdrContext");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.waitInterval = Objects.requireNonNull(waitInterval, "waitInterval");
    }

    /** What one drain did, counted by result. */
    public record Report(int taken, int mirrored, int waiting, int toErrorQueue, int retryLater) {
    }

    /**
     * Takes up to {@code max} due touches and settles or postpones each. One drain runs at a time in this instance
     * (a second caller waits): {@link TouchInbox#due} does not lease, so two overlapping drains would both take a
     * touch and the second would find the first's claim unconfirmed (ADR 0028: the drain also runs right after an
     * intake, next to its timer).
     */
    public synchronized Report drain(int max) {
        List<DueTouch> due = inbox.due(max, clock.instant());
        Map<CrmSystem, List<DueTouch>> bySource = new EnumMap<>(CrmSystem.class);
        due.forEach(t -> bySource.computeIfAbsent(t.logged().touch().source().system(), s -> new ArrayList<>())
                .add(t));
        Tally tally = new Tally();
        bySource.forEach((system, touches) -> drain(system, touches, tally));
        if (!tally.retryCodes.isEmpty()) {
            log.warn("{} touch mirror(s) failed and will be tried again, by code: {}", tally.retryLater(),
                    tally.retryCodes);
        }
        sdrContext.publish(tally.people);
        return new Report(due.size(), tally.mirrored, tally.waiting, tally.toErrorQueue, tally.retryLater());
    }

    private void drain(CrmSystem source, List<DueTouch> touches, Tally tally) {
        TouchMirrorPass pass = passBySource.get(source);
        Instant now = clock.instant();
        if (pass == null) {
            throw new IllegalStateException("no touch mirror pass for touches logged in " + source);
        }
        Map<ExternalRef, DueTouch> open = new LinkedHashMap<>();
        touches.forEach(t -> open.put(t.logged().touch().source(), t));
        TouchMirrorPass.Report report = pass.run(touches.stream().map(DueTouch::logged).toList());
        for (LoggedTouch waiting : report.waiting()) {
            open.remove(waiting.touch().source());
            inbox.retryAt(waiting.touch().source(), now.plus(waitInterval));
            tally.waiting++;
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (MirrorOutcome outcome : report.outcomes()) {
            DueTouch due = open.remove(outcome.activity().sourceTouch());
            settle(outcome, due, now, entries, tally);
        }
        open.forEach((echo, due) -> {
            inbox.settle(echo, Optional.empty(), now);
            resolveParked(due, "recognised as Leadbridge's own mirror");
        });
        audit.record(entries);
    }

    private void settle(MirrorOutcome outcome, DueTouch due, Instant now, List<AuditEntry> entries, Tally tally) {
        MirroredActivity activity = outcome.activity();
        ExternalRef source = activity.sourceTouch();
        Optional<PersonId> person = ids.find(activity.targetPerson());
        if (outcome instanceof MirrorOutcome.Written written) {
            person.ifPresent(p -> touchLogged.onTouch(p, due.logged().touch()));
            inbox.settle(source, person, now);
            resolveParked(due, "mirrored as " + written.writtenActivity());
            person.ifPresent(p -> entries.add(AuditEntry.of(p, now, AuditKind.TOUCH, AUDIT_RULE,
                            TouchMirroring.channelName(activity.channel()) + " logged in " + source.system()
                                    + " mirrored onto " + activity.targetPerson() + " as " + written.writtenActivity())
                    .about(written.writtenActivity())
                    .with(Map.of("sourceTouch", source.key(), "mirrorKey", activity.idempotencyKey()))));
            person.ifPresent(tally.people::add);
            tally.mirrored++;
        } else if (outcome instanceof MirrorOutcome.AlreadyWritten already) {
            person.ifPresent(p -> touchLogged.onTouch(p, due.logged().touch()));
            inbox.settle(source, person, now);
            resolveParked(due, "found mirrored as " + already.writtenActivity());
            person.ifPresent(tally.people::add);
            tally.mirrored++;
        } else if (outcome instanceof MirrorOutcome.Failed failed
                && failed.failure() instanceof SyncFailure.RateLimited limited) {
            Duration wait = limited.retryAfter().compareTo(waitInterval) > 0 ? limited.retryAfter() : waitInterval;
            inbox.retryAt(source, now.plus(wait));
            tally.retryLater(limited.code());
        } else if (outcome instanceof MirrorOutcome.Failed failed
                && failed.failure() instanceof SyncFailure.Retriable
                && !retryPolicy.exhausted(due.attempts() + 1)) {
            int attempts = due.attempts() + 1;
            Duration backoff = retryPolicy.backoffAfter(attempts);
            inbox.failedAttempt(source, attempts, now.plus(backoff.compareTo(waitInterval) > 0 ? backoff : waitInterval));
            tally.retryLater(failed.failure().code());
        } else if (outcome instanceof MirrorOutcome.Failed failed) {
            toErrorQueue(due, activity, person, now, entries, failed.failure(), tally);
        }
    }

    /** An admin's retry of a parked touch ended well: its error is resolved. */
    private void resolveParked(DueTouch due, String how) {
        due.parkedAs().ifPresent(errorId -> {
            if (isRetrying(errorId)) {
                errors.resolve(errorId, how);
            }
        });
    }

    private boolean isRetrying(long errorId) {
        return errors.find(errorId).map(error -> error.status() == ErrorStatus.RETRYING).orElse(false);
    }

    /**
     * A mirror refused for good, or failed with its attempts used up, is parked. A touch an admin's retry queued again
     * reopens its error with the new failure instead of adding a second one.
     */
    private void toErrorQueue(DueTouch due, MirroredActivity activity, Optional<PersonId> person, Instant now,
                              List<AuditEntry> entries, SyncFailure failure, Tally tally) {
        ExternalRef source = activity.sourceTouch();
        int attempts = due.attempts() + 1;
        long errorId;
        if (due.parkedAs().isPresent() && isRetrying(due.parkedAs().getAsLong())) {
            errorId = due.parkedAs().getAsLong();
            errors.reopen(errorId, failure, attempts);
        } else {
            errorId = errors.add(new ChangeEvent(source, ChangeKind.UPSERT, due.logged().modifiedAt(),
                    Optional.empty(), Optional.empty()), failure, attempts);
        }
        inbox.park(source, errorId, person, now);
        person.ifPresent(tally.people::add);
        person.ifPresent(p -> entries.add(AuditEntry.of(p, now, AuditKind.ERROR, AUDIT_RULE,
                        "mirror of " + source.key() + " onto " + activity.targetPerson()
                                + " kept in the error queue as error " + errorId + ": " + failure.code())
                .with(Map.of("mirrorKey", activity.idempotencyKey()))));
        tally.toErrorQueue++;
    }

    private static final class Tally {
        final Set<PersonId> people = new LinkedHashSet<>();
        int mirrored;
        int waiting;
        int toErrorQueue;
        final Map<String, Integer> retryCodes = new TreeMap<>();

        void retryLater(String code) {
            retryCodes.merge(code, 1, Integer::sum);
        }

        int retryLater() {
            return retryCodes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
