package io.leadbridge.core.conflict;

import io.leadbridge.core.model.ExternalRef;
import java.util.Optional;

/**
 * The last known state of each CRM record, one {@link PersonSnapshot} per {@link ExternalRef}. The two-way
 * planner compares an incoming change with the other side's snapshot to decide which side is newer, and
 * with the record's own snapshot to tell what changed.
 *
 * <p><b>When to write:</b> callers remember a snapshot only after the change it came from is settled (written
 * to the other CRM, or found to need no write), so a failed write is planned again from the same starting point.
 *
 * <p><b>Ordering:</b> {@link #remember} never moves a record's {@code changedAt} backwards: a snapshot whose
 * {@code changedAt} is before the stored one is ignored; one with the same or a later time replaces it (an echo
 * keeps the time and refreshes the values). <b>Idempotency:</b> remembering the same snapshot twice is harmless.
 *
 * <p><b>Threading:</b> safe for concurrent use; {@link #remember} is atomic per record.
 * <b>Nulls:</b> no argument may be null; an unknown record is {@link Optional#empty()}.
 */
public interface PersonSnapshotStore {

    Optional<PersonSnapshot> find(ExternalRef ref);

    /** Stores {@code snapshot} unless a snapshot with a later {@code changedAt} is stored; returns whether it did. */
    boolean remember(PersonSnapshot snapshot);
}
