package io.leadbridge.core.triage;

import io.leadbridge.core.model.ExternalRef;
import java.util.Optional;

/**
 * Applies a triage outcome to a lead record in the CRM: its funnel status value and its owner.
 *
 * <p><b>Idempotency:</b> setting the same values twice leaves the record as after once. <b>Threading:</b> safe for
 * concurrent use. <b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException}: permanent when
 * the CRM refuses the values (an owner with no user, a status not in the picklist), retriable otherwise; nothing
 * is partly applied by a refused call.
 */
public interface LeadAssignments {

    /**
     * @param lead       the lead record
     * @param status     the CRM's status value to set, if it changes
     * @param ownerEmail the new owner's email, if the owner changes
     */
    void apply(ExternalRef lead, Optional<String> status, Optional<String> ownerEmail);
}
