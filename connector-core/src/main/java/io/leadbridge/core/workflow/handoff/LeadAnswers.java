package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.ExternalRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an AE's answer to a handoff where the AE gives it: the status of the person's record in one CRM (a Salesforce
 * Lead's {@code Status}, a HubSpot contact's {@code hs_lead_status}) and the field the rules name for a rejection's
 * reason, as the CRM holds them now.
 *
 * <p><b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException} with a classified failure
 * (a record that is gone or a field the org lacks is permanent). <b>Threading:</b> safe for concurrent use.
 */
public interface LeadAnswers {

    /**
     * @param record      the person's record in this CRM
     * @param reasonField the field holding a rejection's reason, when the rules name one
     */
    Answer read(ExternalRef record, Optional<String> reasonField);

    /** The record's status value and the reason field's text ({@code ""} when blank or not asked for). */
    record Answer(String status, String reason) {

        public Answer {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
