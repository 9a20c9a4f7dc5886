package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.util.Optional;

/**
 * The id map: which CRM records are the same person.
 *
 * <p>A CRM record belongs to at most one person (unique per system, object type and id), and a person has
 * at most one record per system. All methods are safe for concurrent use; {@link #personFor} is atomic, so
 * two threads that see the same new record get the same person.
 */
public interface IdMappingStore {

    Optional<PersonId> find(ExternalRef ref);

    /** The person's record in {@code system}, if linked. */
    Optional<ExternalRef> refIn(PersonId person, CrmSystem system);

    /** Returns the person the record belongs to, creating and linking a new person the first time. */
    PersonId personFor(ExternalRef ref);

    /**
     * Links a record to a person. Linking the same pair again is a no-op; replacing the person's record in
     * that system (after a Lead was converted to a Contact, say) moves the link.
     *
     * @throws IllegalStateException if the record already belongs to another person
     */
    void link(PersonId person, ExternalRef ref);

    /** Removes the record's link to its person (after the record was deleted); a record without one is a no-op. */
    void unlink(ExternalRef ref);
}
