package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Error;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Deletes a Lead or Contact with one partner {@code delete} call (to the recycle bin). A record that is already
 * deleted ({@code ENTITY_IS_DELETED}) or gone ({@code INVALID_CROSS_REFERENCE_KEY}) counts as deleted.
 */
public final class SalesforcePersonDeleter implements PersonDeleter {

    private static final Set<String> ALREADY_GONE = Set.of("ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY");

    private final SalesforceSession session;

    public SalesforcePersonDeleter(SalesforceSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public void delete(ExternalRef record) {
        if (record.system() != CrmSystem.SALESFORCE) {
            throw new IllegalArgumentException("not a Salesforce record: " + record);
        }
        DeleteResult[] results = session.call(c -> c.delete(new String[] {record.id()}));
        if (results == null || results.length != 1) {
            throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE", "Salesforce returned "
                    + (results == null ? 0 : results.length) + " results for 1 delete", "", List.of()));
        }
        Error[] errors = results[0].getErrors();
        if (results[0].isSuccess() || errors != null && Arrays.stream(errors)
                .anyMatch(e -> e.getStatusCode() != null && ALREADY_GONE.contains(e.getStatusCode().name()))) {
            return;
        }
        throw new SyncFailureException(SalesforceFaultClassifier.classify(errors));
    }
}
