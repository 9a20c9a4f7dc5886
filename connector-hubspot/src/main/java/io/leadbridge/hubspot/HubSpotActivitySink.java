package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectInput;
import io.leadbridge.hubspot.mapping.ActivityWrites;
import io.leadbridge.hubspot.mapping.ContactMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mirrors Salesforce touches into HubSpot as engagements logged on the contact (created with the default
 * engagement-to-contact association inline), one batch create per engagement type for up to 100 mirrors (ADR 0029:
 * one create per mirror held the webhook path to HubSpot's 19 requests a second). HubSpot's batch create does not
 * promise its results in input order, so each input carries an {@code objectWriteTraceId} that ties its result or
 * error to its mirror (a result without one is tied by the key line in its text). A refusal of the record itself
 * (validation, a deleted contact) is that mirror's {@link WriteResult.Failed}; when HubSpot refuses a whole batch,
 * its mirrors are created one per call so each gets its own answer; a timeout, a 5xx or a rate limit fails the call.
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
        return BatchInput.MAX_INPUTS;
    }

    @Override
    public List<WriteResult> write(List<MirroredActivity> activities) {
        if (activities.size() > maxBatchSize()) {
            throw new IllegalArgumentException("at most " + maxBatchSize() + " activities per call, was "
                    + activities.size());
        }
        activities.forEach(HubSpotActivitySink::requireContact);
        WriteResult[] results = new WriteResult[activities.size()];
        Map<CrmObjectType, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            byType.computeIfAbsent(ActivityWrites.typeOf(activities.get(i).channel()), t -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<CrmObjectType, List<Integer>> group : byType.entrySet()) {
            try {
                createBatch(group.getKey(), group.getValue(), activities, results);
            } catch (SyncFailureException failed) {
                if (failed.failure() instanceof SyncFailure.Retriable) {
                    throw failed;
                }
                failUnanswered(results, failed.failure());
                break;
            }
        }
        return List.of(results);
    }

    /**
     * A call that wrote nothing (a rate limit, say) after other calls of the same write had created engagements:
     * those keep their results, so that they are recorded and not created again, and the mirrors not created (in
     * the refused call, or not sent) fail with its failure. Thrown instead, the failure would tell the caller that
     * nothing of the write happened, and the created engagements would be created a second time on the retry. A
     * call that may have written (a timeout, a 5xx) still throws: every mirror of the write is then looked up.
     */
    private static void failUnanswered(WriteResult[] results, SyncFailure failure) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new WriteResult.Failed(failure);
            }
        }
    }

    private void createBatch(CrmObjectType type, List<Integer> indices, List<MirroredActivity> activities,
                             WriteResult[] results) {
        if (indices.size() == 1) {
            results[indices.get(0)] = create(activities.get(indices.get(0)));
            return;
        }
        BatchResult<HubSpotObject> answer;
        try {
            answer = client.batchCreate(type, new BatchInput<>(indices.stream()
                    .map(i -> input(activities.get(i), String.valueOf(i))).toList()));
        } catch (SyncFailureException failed) {
            if (refusal(failed)) {
                indices.forEach(i -> results[i] = create(activities.get(i)));
                return;
            }
            throw failed;
        }
        Map<String, HubSpotObject> byTrace = new HashMap<>();
        answer.results().forEach(created -> byTrace.put(Optional.ofNullable(created.objectWriteTraceId())
                .orElseGet(() -> traceByKeyLine(created, indices, activities)), created));
        for (int i : indices) {
            String trace = String.valueOf(i);
            HubSpotObject created = byTrace.get(trace);
            results[i] = created != null
                    ? new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT,
                            ActivityWrites.recordType(activities.get(i).channel()), created.id()), true)
                    : new WriteResult.Failed(HubSpotContactSink.failureFor(answer, trace, trace)
                            .orElse(new SyncFailure.Retriable("NO_RESULT",
                                    "HubSpot answered the batch without a result or an error for this engagement",
                                    "")));
        }
    }

    /**
     * The trace id of the mirror whose key line {@code created}'s text holds: the result of an answer that did not
     * echo {@code objectWriteTraceId} is still tied to its mirror, so that it is not written again. Empty when none.
     */
    private static String traceByKeyLine(HubSpotObject created, List<Integer> indices,
                                         List<MirroredActivity> activities) {
        for (int i : indices) {
            String keyLine = IdempotencyKeys.label(activities.get(i).idempotencyKey());
            if (created.properties().values().stream().anyMatch(v -> v != null && v.contains(keyLine))) {
                return String.valueOf(i);
            }
        }
        return "";
    }

    private static ObjectInput input(MirroredActivity activity, String traceId) {
        CrmObjectType type = ActivityWrites.typeOf(activity.channel());
        return new ObjectInput(ActivityWrites.properties(activity),
                List.of(type.associate(CrmObjectType.CONTACTS, activity.targetPerson().id())), traceId);
    }

    private static void requireContact(MirroredActivity activity) {
        if (!ContactMapper.OBJECT_TYPE.equals(activity.targetPerson().objectType())) {
            throw new IllegalArgumentException("an engagement is logged on a HubSpot contact, not on "
                    + activity.targetPerson());
        }
    }

    private static boolean refusal(SyncFailureException failed) {
        return failed.failure() instanceof SyncFailure.Permanent || failed.failure() instanceof SyncFailure.Conflict;
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
        try {
            HubSpotObject created = client.createObject(ActivityWrites.typeOf(activity.channel()),
                    input(activity, null));
            return new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT,
                    ActivityWrites.recordType(activity.channel()), created.id()), true);
        } catch (SyncFailureException failed) {
            if (refusal(failed)) {
                return new WriteResult.Failed(failed.failure());
            }
            throw failed;
        }
    }
}
