package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.LeadConvertResult;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code convertLead} in calls of {@value #MAX_PER_CALL} (Salesforce's recommendation for conversions), with the
 * configured converted status, creating an Account and a Contact and no Opportunity, without notification e-mails.
 * One result per Lead in order: {@link WriteResult.Written} names the Contact the Lead became.
 */
public final class LeadConverter {

    public static final int MAX_PER_CALL = 100;

    private final SalesforceSession session;
    private final String convertedStatus;

    public LeadConverter(SalesforceSession session, String convertedStatus) {
        this.session = Objects.requireNonNull(session, "session");
        this.convertedStatus = Objects.requireNonNull(convertedStatus, "convertedStatus");
    }

    public List<WriteResult> convert(List<String> leadIds) {
        return convert(leadIds, false);
    }

    /** As {@link #convert(List)}, creating an Opportunity for each converted Lead when asked to. */
    public List<WriteResult> convert(List<String> leadIds, boolean createOpportunity) {
        List<WriteResult> results = new ArrayList<>(leadIds.size());
        for (int from = 0; from < leadIds.size(); from += MAX_PER_CALL) {
            LeadConvert[] requests = leadIds.subList(from, Math.min(leadIds.size(), from + MAX_PER_CALL)).stream()
                    .map(id -> request(id, createOpportunity)).toArray(LeadConvert[]::new);
            LeadConvertResult[] answers = session.call(c -> c.convertLead(requests));
            if (answers == null || answers.length != requests.length) {
                throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE", "Salesforce returned "
                        + (answers == null ? 0 : answers.length) + " results for " + requests.length + " conversions",
                        "", List.of()));
            }
            for (LeadConvertResult answer : answers) {
                results.add(answer.isSuccess()
                        ? new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Contact", answer.getContactId()),
                        true)
                        : new WriteResult.Failed(SalesforceFaultClassifier.classify(answer.getErrors())));
            }
        }
        return results;
    }

    private LeadConvert request(String leadId, boolean createOpportunity) {
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(leadId);
        convert.setConvertedStatus(convertedStatus);
        convert.setDoNotCreateOpportunity(!createOpportunity);
        convert.setSendNotificationEmail(false);
        convert.setOverwriteLeadSource(false);
        return convert;
    }
}
