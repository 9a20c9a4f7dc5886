package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.MergeInput;
import java.util.Objects;
import java.util.Set;

/**
 * Merges one HubSpot contact into another ({@code POST .../contacts/merge}), one call per merge. A contact that is
 * already gone (HubSpot answers 404: merged by an earlier attempt, or deleted) counts as merged.
 */
public final class HubSpotPersonMerger implements PersonMerger {

    /** What HubSpot answers for a contact it no longer has: the category of its 404, else the status. */
    private static final Set<String> GONE = Set.of("OBJECT_NOT_FOUND", "404");

    private final HubSpotClient client;

    public HubSpotPersonMerger(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public void merge(ExternalRef survivor, ExternalRef loser) {
        if (survivor.system() != CrmSystem.HUBSPOT || loser.system() != CrmSystem.HUBSPOT) {
            throw new IllegalArgumentException("not HubSpot records: " + survivor + ", " + loser);
        }
        try {
            client.mergeObjects(CrmObjectType.CONTACTS, new MergeInput(survivor.id(), loser.id()));
        } catch (SyncFailureException failure) {
            if (!(failure.failure() instanceof SyncFailure.Permanent permanent && GONE.contains(permanent.code()))) {
                throw failure;
            }
        }
    }
}
