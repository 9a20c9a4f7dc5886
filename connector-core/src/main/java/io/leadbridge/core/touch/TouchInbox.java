package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox of touches to mirror: every touch a {@link TouchFeed} reads is stored here before its stream's
 * watermark moves, and stays pending until it is settled (mirrored, recognised as Leadbridge's own, or handed to
 * the error queue). A touch whose person has no record in the other CRM yet stays pending and is offered again
 * from a later time on, so it is mirrored once the person is linked.
 *
 * <p>Each source touch is kept once: a reread or redelivered touch is not stored again. Settled touches are kept
 * with their person, so that the person's SDR-context summary can be computed from them. Safe for concurrent use;
 * {@link #due} does not lease, so one instance at a time drains (the poller leader).
 */
public interface TouchInbox {

    /** Stores {@code touch} as pending unless its source touch is stored already; returns whether it was new. */
    boolean add(LoggedTouch touch, Instant receivedAt);

    /** Pending touches whose next attempt is due at {@code now}, longest waiting first, at most {@code max}. */
    List<DueTouch> due(int max, Instant now);

    /** Offers the pending touch again no sooner than {@code notBefore}, its failed attempts unchanged. */
    void retryAt(ExternalRef sourceTouch, Instant notBefore);

    /** The pending touch's mirror failed in a way that may pass: it has now failed {@code attempts} times. */
    void failedAttempt(ExternalRef sourceTouch, int attempts, Instant notBefore);

    /**
     * Settles the pending touch as {@link #settle} does, handed to the error queue as {@code errorId}, which
     * {@link #requeue} finds it by.
     */
    void park(ExternalRef sourceTouch, long errorId, Optional<PersonId> person, Instant parkedAt);

    /**
     * An admin retries error {@code errorId}: the touch parked as it is pending again, due at {@code now}, with no
     * failed attempts. False when no settled touch was parked as that error.
     */
    boolean requeue(long errorId, Instant now);

    /**
     * The touch needs nothing more. Settled for a person, it also marks that person's SDR-context note as due, in the
     * same write ({@link #notesDue}): the note is published after the touches are settled, and a process stopped in
     * between must not leave the note without the touch.
     *
     * @param person the person it was mirrored for, when it was mirrored; counted in their summary
     */
    void settle(ExternalRef sourceTouch, Optional<PersonId> person, Instant settledAt);

    /**
     * People with a touch settled for them since their SDR-context note was last published, at most {@code max}:
     * those of the drain under way, and those a stopped process settled touches for but never published.
     */
    List<PersonId> notesDue(int max);

    /** The SDR-context notes of {@code people} were published (or their failure handled): they are no longer due. */
    void notesPublished(Collection<PersonId> people);

    /**
     * Offers a settled touch again no sooner than {@code notBefore}, as pending with no failed attempts: work that
     * follows its settling (its person's SDR-context note) failed in a way that may pass, and draining it again
     * redoes that work. A reopened touch no longer makes its person's note due until it is settled again.
     */
    void reopen(ExternalRef sourceTouch, Instant notBefore);

    /** The touches settled for {@code person}, from both CRMs, in no particular order. */
    List<Touch> touchesOf(PersonId person);

    /** How many touches are pending (waiting for their person or due). */
    long pendingCount();
}
