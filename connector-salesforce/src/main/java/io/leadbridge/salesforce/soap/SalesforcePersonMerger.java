package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.MergeRequest;
import com.sforce.soap.partner.MergeResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Merges one Lead into another (or one Contact into another) with one partner {@code merge} call; the master keeps
 * its values. A record to merge that is already deleted ({@code ENTITY_IS_DELETED}: merged by an earlier attempt)
 * counts as merged.
 */
public final class SalesforcePersonMerger implements PersonMerger {

    private final SalesforceSession session;

    public SalesforcePersonMerger(SalesforceSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public void merge(ExternalRef survivor, ExternalRef loser) {
        if (survivor.system() != CrmSystem.SALESFORCE || loser.system() != CrmSystem.SALESFORCE
                || !survivor.objectType().equals(loser.objectType())) {
            throw new IllegalArgumentException("not two Salesforce records of one type: " + survivor + ", " + loser);
        }
        SObject master = new SObject();
        master.setType(survivor.objectType());
        master.setId(survivor.id());
        MergeRequest request = new MergeRequest();
        request.setMasterRecord(master);
        request.setRecordToMergeIds(new String[] {loser.id()});
        MergeResult[] results = session.call(c -> c.merge(new MergeRequest[] {request}));
        if (results == null || results.length != 1) {
            throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE", "Salesforce returned "
                    + (results == null ? 0 : results.length) + " results for 1 merge", "", List.of()));
        }
        Error[] errors = results[0].getErrors();
        if (results[0].isSuccess() || errors != null && Arrays.stream(errors)
                .anyMatch(e -> e.getStatusCode() != null && "ENTITY_IS_DELETED".equals(e.getStatusCode().name()))) {
            return;
        }
        throw new SyncFailureException(SalesforceFaultClassifier.classify(errors));
    }
}
