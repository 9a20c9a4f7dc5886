package io.leadbridge.sandbox.salesforce.store;

/**
 * One {@code LeadConvert}: the lead, the converted status, optional existing account/contact to merge into,
 * whether to skip the opportunity, its name, whether the lead source overwrites the contact's, and a new owner.
 * Optional values are {@code null}.
 */
public record ConversionRequest(String leadId, String convertedStatus, String accountId, String contactId,
                                boolean doNotCreateOpportunity, String opportunityName, boolean overwriteLeadSource,
                                String ownerId) {
}
