package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectInput;
import io.leadbridge.hubspot.mapping.ActivityWrites;
import io.leadbridge.hubspot.mapping.ContactMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mirrors Salesforce touches into HubSpot as engagements logged on the contact (created with the default
 * engagement-to-contact association inline), one create per call: HubSpot's batch create does not promise its
 * results in input order, and one create per mirror keeps each result tied to its mirror. A refusal of the
 * record itself (validation, a deleted contact) is that mirror's {@link WriteResult.Failed}; a timeout, a 5xx or a
 * rate limit fails the call.
 */
public final class HubSpotActivitySink implements ActivitySink {

    private final HubSpotClient client;

    public HubSpotActivitySink(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public int maxBatchSize() {
        return 1;
    }

    @Override
    public List<WriteResult> write(List<MirroredActivity> activities) {
        return activities.stream().map(this::create).toList();
    }

    /** Reads the contact's engagements of the mirror's type for the one whose text names the mirror's key. */
    @Override
    public Optional<ExternalRef> find(MirroredActivity activity) {
        CrmObjectType type = ActivityWrites.typeOf(activity.channel());
        return ContactEngagements.naming(client, activity.targetPerson().id(), type,
                List.copyOf(ActivityWrites.properties(activity).keySet()),
                IdempotencyKeys.label(activity.idempotencyKey()))
                .map(id -> new ExternalRef(CrmSystem.HUBSPOT, ActivityWrites.recordType(activity.channel()), id));
    }

    private WriteResult create(MirroredActivity activity) {
        if (!ContactMapper.OBJECT_TYPE.equals(activity.targetPerson().objectType())) {
            throw new IllegalArgumentException("an engagement is logged on a HubSpot contact, not on "
                    + activity.targetPerson());
        }
        CrmObjectType type = ActivityWrites.typeOf(activity.channel());
        ObjectInput input = new ObjectInput(ActivityWrites.properties(activity),
                List.of(type.associate(CrmObjectType.CONTACTS, activity.targetPerson().id())));
        try {
            HubSpotObject created = client.createObject(type, input);
            return new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT,
                    ActivityWrites.recordType(activity.channel()), created.id()), true);
        } catch (SyncFailureException failed) {
            if (failed.failure() instanceof SyncFailure.Permanent || failed.failure() instanceof SyncFailure.Conflict) {
                return new WriteResult.Failed(failed.failure());
            }
            throw failed;
        }
    }
}
