package io.leadbridge.core.touch;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;

/**
 * Writes the one {@link SdrContextNote} kept on a person's record in one CRM: created once, then rewritten in
 * place. The note's text carries its Leadbridge key line, so the note read back is recognised as Leadbridge's own.
 * A failed call throws {@link io.leadbridge.core.failure.SyncFailureException}. Safe for concurrent use.
 */
public interface SdrContextSink {

    CrmSystem system();

    /** Creates the note on {@link SdrContextNote#targetPerson()}; returns the new note's record. */
    ExternalRef create(SdrContextNote note);

    /** Rewrites the existing {@code noteRecord} with {@code note}'s text. */
    void update(ExternalRef noteRecord, SdrContextNote note);
}
