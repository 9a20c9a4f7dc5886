package io.leadbridge.core.workflow;

import io.leadbridge.core.model.PersonId;

/**
 * Told when a person's owner was changed in the CRM by a reassignment, so that what runs for the old owner (the
 * cadence's remaining tasks) follows the new one.
 *
 * <p><b>Idempotency:</b> a delivery tried again may report the same change twice; the second changes nothing.
 * <b>Failures:</b> throws when the workflow's store cannot be written; the command is delivered again.
 */
public interface Reassigned {

    Reassigned NONE = (person, fromOwner, toOwner) -> { };

    void reassigned(PersonId person, String fromOwner, String toOwner);
}
