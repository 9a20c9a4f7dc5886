package io.leadbridge.core.audit;

import io.leadbridge.core.model.PersonId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What happened to one person and why: every field decision, write, mirrored touch, note and rule outcome, each
 * with the rule that decided it and a plain-language reason. The admin timeline and support questions ("why did
 * this lead go to that AE?") read it.
 *
 * <p>Entries are durable when {@link #record} returns. The trail holds no message bodies: subjects, values and
 * reasons only as far as an admin needs them to explain a decision. Safe for concurrent use.
 */
public interface AuditTrail {

    /** Appends the entries in the given order. */
    void record(List<AuditEntry> entries);

    /** The person's entries, newest first (ties in reverse order of recording), at most {@code limit}. */
    default List<AuditEntry> of(PersonId person, int limit) {
        return of(person, EnumSet.allOf(AuditKind.class), limit);
    }

    /**
     * The person's entries of the given kinds, in the same order, at most {@code limit}: for a reader that wants a
     * few kinds only (triage reads the last qualification and owner), so the field decisions of every write in
     * between neither crowd them out of the limit nor are read for nothing.
     */
    List<AuditEntry> of(PersonId person, Set<AuditKind> kinds, int limit);
}
