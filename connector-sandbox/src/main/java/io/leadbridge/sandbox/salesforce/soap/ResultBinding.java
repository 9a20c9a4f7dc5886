package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.MergeResult;
import com.sforce.soap.partner.DeletedRecord;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.GetUpdatedResult;
import com.sforce.soap.partner.LeadConvertResult;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.sandbox.salesforce.soql.QueryCursors;
import io.leadbridge.sandbox.salesforce.store.ConversionOutcome;
import io.leadbridge.sandbox.salesforce.store.RecordError;
import io.leadbridge.sandbox.salesforce.store.ReplicationWindow;
import io.leadbridge.sandbox.salesforce.store.SaveOutcome;
import java.util.List;

/** Turns the org's vendor-free outcomes into the generated partner result types. */
final class ResultBinding {

    private ResultBinding() {
    }

    static SaveResult[] saveResults(List<SaveOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            SaveResult result = new SaveResult();
            result.setId(outcome.id());
            result.setSuccess(outcome.success());
            result.setErrors(errors(outcome.errors()));
            return result;
        }).toArray(SaveResult[]::new);
    }

    static UpsertResult[] upsertResults(List<SaveOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            UpsertResult result = new UpsertResult();
            result.setCreated(outcome.created());
            result.setId(outcome.id());
            result.setSuccess(outcome.success());
            result.setErrors(errors(outcome.errors()));
            return result;
        }).toArray(UpsertResult[]::new);
    }

    static DeleteResult[] deleteResults(List<SaveOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            DeleteResult result = new DeleteResult();
            result.setId(outcome.id());
            result.setSuccess(outcome.success());
            result.setErrors(errors(outcome.errors()));
            return result;
        }).toArray(DeleteResult[]::new);
    }

    static MergeResult merged(String masterId, List<String> mergedIds) {
        MergeResult result = new MergeResult();
        result.setId(masterId);
        result.setMergedRecordIds(mergedIds.toArray(String[]::new));
        result.setUpdatedRelatedIds(new String[0]);
        result.setSuccess(true);
        result.setErrors(new com.sforce.soap.partner.Error[0]);
        return result;
    }

    static MergeResult mergeRefused(String masterId, String statusCode, String message) {
        MergeResult result = new MergeResult();
        result.setId(masterId);
        result.setMergedRecordIds(new String[0]);
        result.setUpdatedRelatedIds(new String[0]);
        result.setSuccess(false);
        result.setErrors(errors(List.of(new RecordError(statusCode, message, List.of()))));
        return result;
    }

    static LeadConvertResult[] conversionResults(List<ConversionOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            LeadConvertResult result = new LeadConvertResult();
            result.setAccountId(outcome.accountId());
            result.setContactId(outcome.contactId());
            result.setErrors(errors(outcome.errors()));
            result.setLeadId(outcome.leadId());
            result.setOpportunityId(outcome.opportunityId());
            result.setSuccess(outcome.success());
            return result;
        }).toArray(LeadConvertResult[]::new);
    }

    static QueryResult queryResult(QueryCursors.Page page) {
        QueryResult result = new QueryResult();
        result.setDone(page.done());
        result.setQueryLocator(page.locator());
        result.setRecords(page.rows().stream().map(WireSObject::new).toArray(SObject[]::new));
        result.setSize(page.size());
        return result;
    }

    static GetUpdatedResult updated(ReplicationWindow window) {
        GetUpdatedResult result = new GetUpdatedResult();
        result.setIds(window.ids().toArray(String[]::new));
        result.setLatestDateCovered(PartnerWire.calendar(window.latestDateCovered()));
        return result;
    }

    static GetDeletedResult deleted(ReplicationWindow window) {
        GetDeletedResult result = new GetDeletedResult();
        result.setDeletedRecords(window.deleted().stream().map(deleted -> {
            DeletedRecord record = new DeletedRecord();
            record.setDeletedDate(PartnerWire.calendar(deleted.deletedDate()));
            record.setId(deleted.id());
            return record;
        }).toArray(DeletedRecord[]::new));
        result.setEarliestDateAvailable(PartnerWire.calendar(window.earliestDateAvailable()));
        result.setLatestDateCovered(PartnerWire.calendar(window.latestDateCovered()));
        return result;
    }

    private static com.sforce.soap.partner.Error[] errors(List<RecordError> errors) {
        return errors.stream().map(error -> {
            com.sforce.soap.partner.Error wire = new com.sforce.soap.partner.Error();
            wire.setFields(error.fields().toArray(String[]::new));
            wire.setMessage(error.message());
            wire.setStatusCode(StatusCode.valueOf(error.statusCode()));
            return wire;
        }).toArray(com.sforce.soap.partner.Error[]::new);
    }
}
