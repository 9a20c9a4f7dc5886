package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.UpsertResult;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import java.util.List;

/** Turns one partner {@link UpsertResult} into a {@link WriteResult} for records of one sObject type. */
public final class UpsertResultMapper {

    private final String objectType;

    public UpsertResultMapper(String objectType) {
        this.objectType = objectType;
    }

    public WriteResult toWriteResult(UpsertResult result) {
        if (!result.isSuccess()) {
            return new WriteResult.Failed(SalesforceFaultClassifier.classify(result.getErrors()));
        }
        if (result.getId() == null || result.getId().isBlank()) {
            return new WriteResult.Failed(new SyncFailure.Permanent("UNEXPECTED_RESPONSE",
                    "Salesforce reported success without a record id", "", List.of()));
        }
        return new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, objectType, result.getId()),
                result.isCreated());
    }
}
