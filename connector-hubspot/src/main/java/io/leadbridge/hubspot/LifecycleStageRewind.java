package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves contacts' lifecycle stages backward the way HubSpot documents it: one batch update setting
 * {@code lifecyclestage} to {@code ""}, then a second one setting the earlier stage. The two are never one
 * batch, since HubSpot does not order the inputs of a batch.
 */
final class LifecycleStageRewind {

    private static final SyncFailure NOT_CLEARED = new SyncFailure.Retriable("NO_RESULT",
            "HubSpot answered the lifecycle-stage clear without a result for this contact", "");
    private static final SyncFailure NOT_SET = new SyncFailure.Retriable("NO_RESULT",
            "HubSpot answered the lifecycle-stage set without a result for this contact", "");

    private final HubSpotClient client;

    LifecycleStageRewind(HubSpotClient client) {
        this.client = client;
    }

    /** What became of one contact's backward move. */
    sealed interface Outcome {
        /** The contact has its stage; {@code modifiedAt} is HubSpot's time of the version the set produced. */
        record Moved(Optional<Instant> modifiedAt) implements Outcome {
        }

        record NotMoved(SyncFailure failure) implements Outcome {
        }
    }

    /**
     * @param stages contact id → the stage it must get
     * @return contact id → what became of its move
     */
    Map<String, Outcome> rewind(Map<String, String> stages) {
        Map<String, Outcome> outcome = new LinkedHashMap<>();
        List<ObjectUpdate> clears = stages.keySet().stream()
                .map(id -> new ObjectUpdate(id, Map.of(ContactWrites.LIFECYCLE_STAGE, ""))).toList();
        BatchResult<HubSpotObject> cleared = client.batchUpdate(CrmObjectType.CONTACTS, new BatchInput<>(clears));
        List<ObjectUpdate> sets = new ArrayList<>();
        stages.forEach((id, stage) -> {
            if (returned(cleared, id).isPresent()) {
                sets.add(new ObjectUpdate(id, Map.of(ContactWrites.LIFECYCLE_STAGE, stage)));
            } else {
                outcome.put(id, new Outcome.NotMoved(HubSpotContactSink.failureFor(cleared, id, null)
                        .orElse(NOT_CLEARED)));
            }
        });
        if (sets.isEmpty()) {
            return outcome;
        }
        BatchResult<HubSpotObject> set = client.batchUpdate(CrmObjectType.CONTACTS, new BatchInput<>(sets));
        for (ObjectUpdate wanted : sets) {
            String stage = wanted.properties().get(ContactWrites.LIFECYCLE_STAGE);
            Optional<HubSpotObject> contact = returned(set, wanted.id());
            if (contact.isEmpty()) {
                outcome.put(wanted.id(), new Outcome.NotMoved(HubSpotContactSink.failureFor(set, wanted.id(), null)
                        .orElse(NOT_SET)));
            } else if (stage.equals(contact.get().properties().get(ContactWrites.LIFECYCLE_STAGE))) {
                outcome.put(wanted.id(), new Outcome.Moved(ContactMapper.modifiedAt(contact.get().properties(),
                        contact.get().updatedAt())));
            } else {
                outcome.put(wanted.id(), new Outcome.NotMoved(new SyncFailure.Permanent("LIFECYCLE_STAGE_NOT_APPLIED",
                        "HubSpot kept the lifecycle stage after clear-then-set; wanted '" + stage + "'", "",
                        List.of(ContactWrites.LIFECYCLE_STAGE))));
            }
        }
        return outcome;
    }

    private static Optional<HubSpotObject> returned(BatchResult<HubSpotObject> answer, String id) {
        return answer.results().stream().filter(contact -> contact.id().equals(id)).findFirst();
    }
}
