package io.leadbridge.core.conflict;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import java.time.Instant;
import java.util.Objects;

/**
 * The last state Leadbridge saw of one CRM record, and when that record last changed for a reason other than
 * the connector's own writes.
 *
 * @param person    the record's fields as last read
 * @param changedAt the CRM's modification time of the last version that carried a change of its own to a
 *                  {@code two-way-newest-wins} field (an echo of a Leadbridge write does not move it, nor does a
 *                  field another rule governs); newest-wins compares against this time.
 *                  {@link #NO_OWN_CHANGE} for a record that has shown no change of its own yet, such as one
 *                  Leadbridge created
 */
public record PersonSnapshot(ExternalRef ref, Person person, Instant changedAt) {

    /** The {@code changedAt} of a record with no change of its own: older than any real change. */
    public static final Instant NO_OWN_CHANGE = Instant.EPOCH;

    public PersonSnapshot {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
