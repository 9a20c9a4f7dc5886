package io.leadbridge.salesforce;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.triage.LeadAssignments;
import io.leadbridge.salesforce.soap.LeadAssigner;
import io.leadbridge.salesforce.soap.Lookups;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a Lead's {@code Status} and its {@code OwnerId}, the owner found as the active User with that email. An owner
 * with no active User, or a refused update, fails permanently naming the field.
 */
public final class SalesforceLeadAssignments implements LeadAssignments {

    private final Lookups lookups;
    private final LeadAssigner assigner;

    public SalesforceLeadAssignments(Lookups lookups, LeadAssigner assigner) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.assigner = Objects.requireNonNull(assigner, "assigner");
    }

    @Override
    public void apply(ExternalRef lead, Optional<String> status, Optional<String> ownerEmail) {
        Optional<String> ownerId = ownerEmail.map(email -> lookups.ownerByEmail(email).orElseThrow(() ->
                new SyncFailureException(new SyncFailure.Permanent("OWNER_NOT_FOUND", "no single active Salesforce"
                        + " User has the routed owner's email " + email, "", List.of("OwnerId")))).id());
        WriteResult result = assigner.assign(lead, status, ownerId);
        if (result instanceof WriteResult.Failed failed) {
            throw new SyncFailureException(failed.failure());
        }
    }
}
