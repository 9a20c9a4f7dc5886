package io.leadbridge.core.touch;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the one {@link SdrContextNote} kept on a person's record in one CRM: created once, then rewritten in
 * place. The note's text carries its Leadbridge key line, so the note read back is recognised as Leadbridge's own.
 * A failed call throws {@link io.leadbridge.core.failure.SyncFailureException}. Safe for concurrent use.
 */
public interface SdrContextSink {

    CrmSystem system();

    /** Creates the note on {@link SdrContextNote#targetPerson()}; returns the new note's record. */
    ExternalRef create(SdrContextNote note);

    /**
     * Creates several notes, each on its own person, in as few calls as the CRM takes: a person's first touch creates
     * their note, and a burst of first touches would otherwise cost one call per person. The default creates them
     * one at a time.
     *
     * @return one result per note, in input order: {@link WriteResult.Written} with the new note's record, or
     *         {@link WriteResult.Failed} with the CRM's refusal ({@link SyncFailure.Retriable} when the note may have
     *         been created)
     * @throws io.leadbridge.core.failure.SyncFailureException when a whole call failed, retriable when any note may
     *                                                         have been created
     */
    default List<WriteResult> createAll(List<SdrContextNote> notes) {
        List<WriteResult> results = new ArrayList<>();
        for (SdrContextNote note : notes) {
            try {
                results.add(new WriteResult.Written(create(note), true));
            } catch (SyncFailureException refused) {
                results.add(new WriteResult.Failed(refused.failure()));
            }
        }
        return results;
    }

    /**
     * The note on {@link SdrContextNote#targetPerson()} whose text names {@code note}'s key, if there is one: after a
     * create whose answer was lost, it tells whether the create happened.
     */
    Optional<ExternalRef> find(SdrContextNote note);

    /** Rewrites the existing {@code noteRecord} with {@code note}'s text. */
    void update(ExternalRef noteRecord, SdrContextNote note);

    /**
     * Rewrites several existing notes, in as few calls as the CRM takes (ADR 0028). The default rewrites them one at
     * a time.
     *
     * @return one entry per rewrite, in input order: empty when the note was rewritten, the CRM's refusal otherwise
     * @throws io.leadbridge.core.failure.SyncFailureException when a whole call failed
     */
    default List<Optional<SyncFailure>> updateAll(List<Rewrite> rewrites) {
        List<Optional<SyncFailure>> results = new ArrayList<>();
        for (Rewrite rewrite : rewrites) {
            try {
                update(rewrite.noteRecord(), rewrite.note());
                results.add(Optional.empty());
            } catch (SyncFailureException refused) {
                results.add(Optional.of(refused.failure()));
            }
        }
        return results;
    }

    /** An existing note record and the text it is to hold. */
    record Rewrite(ExternalRef noteRecord, SdrContextNote note) {
    }
}
