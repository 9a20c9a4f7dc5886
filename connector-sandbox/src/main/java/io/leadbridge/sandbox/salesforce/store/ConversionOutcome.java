package io.leadbridge.sandbox.salesforce.store;

import java.util.List;

/** A {@code LeadConvertResult}: the ids involved on success, the errors otherwise. */
public record ConversionOutcome(String leadId, String accountId, String contactId, String opportunityId,
                                List<RecordError> errors) {

    public ConversionOutcome {
        errors = List.copyOf(errors);
    }

    public boolean success() {
        return errors.isEmpty();
    }

    static ConversionOutcome failed(String leadId, RecordError error) {
        return new ConversionOutcome(leadId, null, null, null, List.of(error));
    }
}
