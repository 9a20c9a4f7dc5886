package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The durable record of every mirror Leadbridge writes, keyed by {@link IdempotencyKeys#mirrorOf}. A Salesforce
 * Task has no external id, so the store, not the CRM, is what makes a mirror happen once: a writer
 * {@linkplain #claim claims} the key before the write, {@linkplain #written records} the activity after it, and
 * {@linkplain #release releases} the claim when the CRM definitely refused the write. A claim that is neither
 * written nor released (the process stopped mid-write) is never claimed again: the caller reports it instead of
 * risking a second activity.
 */
public interface TouchMirrorStore {

    /**
     * Claims {@code activity}'s key for one write, atomically across instances.
     *
     * @return true when this caller holds the claim and must write; false when the key was claimed before
     */
    boolean claim(MirroredActivity activity, Instant claimedAt);

    /**
     * Makes every claim made so far survive a crash of this process; the writer calls it once after a batch's claims
     * and before the write they guard (ADR 0033). A claim lost with the process would let the next one claim the key
     * afresh and write the mirror a second time. Does nothing where a claim is durable when {@link #claim} returns.
     */
    default void makeClaimsDurable() {
    }

    /** Records that the claimed mirror was written as {@code writtenActivity}. */
    void written(String idempotencyKey, ExternalRef writtenActivity, Instant writtenAt);

    /** Drops a claim whose write definitely failed, so that a retry may claim it again. */
    void release(String idempotencyKey);

    /** The mirror stored under {@code idempotencyKey}, if it was ever claimed. */
    Optional<StoredMirror> find(String idempotencyKey);

    /**
     * @param writtenActivity the activity in the target CRM; empty while the write is claimed but not recorded
     */
    record StoredMirror(String idempotencyKey, ExternalRef sourceTouch, ExternalRef targetPerson,
                        Instant claimedAt, Optional<ExternalRef> writtenActivity, Optional<Instant> writtenAt) {
    }
}
