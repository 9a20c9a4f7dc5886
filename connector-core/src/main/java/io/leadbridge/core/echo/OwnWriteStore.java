package io.leadbridge.core.echo;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Leadbridge itself last wrote to each field of each CRM record, as value fingerprints with the time of
 * the write. {@link EchoSuppression} reads it to recognise a change that is only the CRM reporting our own
 * write back.
 *
 * <p><b>When to write:</b> {@link #remember} right after the CRM accepted the write (a failed write is not
 * ours to recognise), with the CRM's modification time of the version it produced when the CRM returned one;
 * {@link #forget} once a change from the record showed that someone else has overwritten the value, so that
 * setting the field back to our value later counts as their change, not an echo.
 *
 * <p><b>Writes in flight:</b> {@link #intend} before a write is sent, so that a write the CRM stored but the
 * process died before settling is still recognised ({@link IntendedWrite}); {@link #settleIntents} once the change
 * it belongs to is settled, which turns what was intended into our last writes to the record the change resolved
 * to. An intent is kept until then, across restarts: the retry of the change settles it.
 *
 * <p><b>Idempotency:</b> remembering the same write again, or forgetting a field not held, is harmless; the
 * latest {@link #remember} of a field replaces the previous one. <b>Threading:</b> safe for concurrent use;
 * each call is atomic per record. <b>Nulls:</b> no argument may be null; a record never written to has an
 * empty map. Values are never stored, only their {@link ValueFingerprint}s.
 */
public interface OwnWriteStore {

    /** Field → our last write to it, for the fields of {@code target} we have written and not forgotten. */
    Map<PersonField, OwnWrite> lastWritten(ExternalRef target);

    /**
     * Records a write we made to {@code target}.
     *
     * @param changes       field → value written; {@code ""} for a field we cleared
     * @param writtenAt     when the write was sent (or, where that is not known, when it succeeded), in Leadbridge's
     *                      clock: a version of the record read before it predates the write
     * @param crmModifiedAt the CRM's modification time of the record version the write produced; empty when the
     *                      CRM did not return one
     */
    void remember(ExternalRef target, Map<PersonField, String> changes, Instant writtenAt,
                  Optional<Instant> crmModifiedAt);

    /** Records a write whose version time the CRM did not return. */
    default void remember(ExternalRef target, Map<PersonField, String> changes, Instant writtenAt) {
        remember(target, changes, writtenAt, Optional.empty());
    }

    void forget(ExternalRef target, Set<PersonField> fields);

    /**
     * Records values about to be written, before the write is sent; values already intended by the same source for
     * the same field are kept too (an earlier attempt may have landed).
     */
    void intend(List<IntendedWrite> writes);

    /**
     * The intended writes not yet settled that aim at {@code record}: by its id, or, for creates, by
     * {@code email}, the record's email.
     */
    List<IntendedWrite> intendedTowards(ExternalRef record, Optional<String> email);

    /** The intended writes not yet settled of changes of {@code source}. */
    List<IntendedWrite> intendedBy(ExternalRef source);

    /**
     * Ends the intents of {@code source}'s changes once one of them is settled: when the change resolved to a record
     * of the other CRM, each field's latest intended value becomes our last write to it (as of when it was
     * intended), so its read-back stays an echo; then the intents are dropped.
     */
    void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget);

    /**
     * Settles a change of {@code source} that was written to {@code target}: {@link #remember}s the write and
     * {@link #settleIntents ends the source's intents} towards {@code target}, leaving what those two calls in that
     * order leave. A store may skip the intended values of the fields the write carried, which the write replaces.
     */
    default void settleWrite(ExternalRef source, ExternalRef target, Map<PersonField, String> written,
                             Instant writtenAt, Optional<Instant> crmModifiedAt) {
        settleIntents(source, Optional.of(target));
        remember(target, written, writtenAt, crmModifiedAt);
    }
}
