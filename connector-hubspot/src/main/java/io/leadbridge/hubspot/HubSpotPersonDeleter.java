package io.leadbridge.hubspot;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.util.Objects;

/** Archives a HubSpot contact (HubSpot's delete; restorable for 90 days), one call per contact. */
public final class HubSpotPersonDeleter implements PersonDeleter {

    private final HubSpotClient client;

    public HubSpotPersonDeleter(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public void delete(ExternalRef record) {
        if (record.system() != CrmSystem.HUBSPOT) {
            throw new IllegalArgumentException("not a HubSpot record: " + record);
        }
        client.archiveObject(CrmObjectType.CONTACTS, record.id());
    }
}
