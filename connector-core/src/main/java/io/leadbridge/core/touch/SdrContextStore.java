package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where each person's SDR-context note is, per CRM, and a fingerprint of the text last written to it. The note is
 * created once: {@link #claim} is atomic across instances, and a note claimed but never recorded (a crash during
 * the create) is not created again. Safe for concurrent use.
 */
public interface SdrContextStore {

    /** Claims the note's key before the create; false if it was claimed before. */
    boolean claim(SdrContextNote note, PersonId person, Instant claimedAt);

    /**
     * Makes every claim made so far survive a crash of this process; called once after a publish's claims and before
     * the creates they guard (ADR 0033). A claim lost with the process would let the next one create the note a
     * second time. Does nothing where a claim is durable when {@link #claim} returns.
     */
    default void makeClaimsDurable() {
    }

    /** Records the created (or rewritten) note and the fingerprint of its text. */
    void written(String noteKey, ExternalRef noteRecord, String textFingerprint, Instant writtenAt);

    /** Drops a claim whose create definitely wrote nothing. */
    void release(String noteKey);

    Optional<StoredNote> find(String noteKey);

    /**
     * The people with a note claimed before {@code claimedBefore} but never recorded (a create whose answer was lost,
     * or that was interrupted), at most {@code max}; each such claim is stamped {@code now}, so that it is offered
     * again no sooner than the same delay later.
     */
    List<PersonId> takeUnconfirmed(Instant claimedBefore, Instant now, int max);

    /** @param noteRecord empty while the note is claimed but its create not recorded */
    record StoredNote(String noteKey, Optional<ExternalRef> noteRecord, Optional<String> textFingerprint) {
    }
}
