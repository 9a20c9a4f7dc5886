package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.SaveResult;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import java.util.List;

/** Turns one partner {@link SaveResult} (create or update) into a {@link WriteResult}. */
public final class SaveResultMapper {

    private SaveResultMapper() {
    }

    /**
     * @param created whether the call was a create (so a success is a new record)
     */
    public static WriteResult toWriteResult(String objectType, SaveResult result, boolean created) {
        if (!result.isSuccess()) {
            return new WriteResult.Failed(SalesforceFaultClassifier.classify(result.getErrors()));
        }
        if (result.getId() == null || result.getId().isBlank()) {
            return new WriteResult.Failed(new SyncFailure.Permanent("UNEXPECTED_RESPONSE",
                    "Salesforce reported success without a record id", "", List.of()));
        }
        return new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, objectType, result.getId()), created);
    }
}
