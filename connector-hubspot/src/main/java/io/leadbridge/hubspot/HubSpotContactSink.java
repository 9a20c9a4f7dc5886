package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.client.ObjectUpsert;
import io.leadbridge.hubspot.client.UpsertedObject;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactWrites;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes people as HubSpot contacts, at most 100 per call: writes whose contact id is known go to one batch
 * update by id, the others to one batch upsert by email, which updates the contact holding that email or
 * creates it, so that a retry or a race never makes a duplicate (a create would answer 409 instead).
 * Results come back per record in input order: each input carries an {@code objectWriteTraceId}, and HubSpot's
 * results and 207 errors are matched to the records by it, or else by the contact id or email they name.
 *
 * <p><b>Lifecycle stage:</b> HubSpot only moves {@code lifecyclestage} forward on a plain write and leaves it
 * unchanged otherwise. When a written contact comes back with another stage than the one requested, the
 * write moved it backward: the sink then sends the documented clear-then-set sequence, one batch update
 * setting {@code ""} and a second one setting the requested stage, never both in one batch (HubSpot does
 * not order a batch). So a batch costs 1 or 2 calls, plus 2 when some stage moves backward.
 *
 * <p><b>Invalid records:</b> HubSpot refuses a whole batch upsert (or update) for one invalid value, without
 * saying which input it was; the batch is then split until the invalid records fail alone and the others are
 * written (see {@link RefusedBatchSplitter} for the extra calls this costs).
 */
public final class HubSpotContactSink implements CrmSink {

    private final HubSpotClient client;
    private final ContactWrites properties;
    private final LifecycleStageRewind rewind;

    public HubSpotContactSink(HubSpotClient client, FieldMappings mappings) {
        this(client, mappings, Optional.empty());
    }

    /** @param owners HubSpot's owners: {@code ownerEmail} is written as {@code hubspot_owner_id} */
    public HubSpotContactSink(HubSpotClient client, FieldMappings mappings, Optional<OwnerDirectory> owners) {
        this.client = Objects.requireNonNull(client, "client");
        this.properties = new ContactWrites(mappings, owners);
        this.rewind = new LifecycleStageRewind(client);
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
    public List<WriteResult> upsertPeople(List<PersonWrite> writes) {
        if (writes.size() > maxBatchSize()) {
            throw new IllegalArgumentException("at most " + maxBatchSize() + " writes per call, got " + writes.size());
        }
        WriteResult[] results = new WriteResult[writes.size()];
        Map<Integer, ObjectUpdate> updates = new LinkedHashMap<>();
        Map<Integer, ObjectUpsert> upserts = new LinkedHashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            PersonWrite write = writes.get(i);
            Map<String, String> values = properties.properties(write);
            Optional<String> contactId = write.target().map(ExternalRef::id);
            Optional<String> email = properties.email(write);
            if (contactId.isPresent()) {
                updates.put(i, new ObjectUpdate(contactId.get(), values, traceId(i)));
            } else if (email.isPresent()) {
                values.put(ContactWrites.EMAIL, email.get());
                upserts.put(i, new ObjectUpsert(email.get(), ContactWrites.EMAIL, values, traceId(i)));
            } else {
                results[i] = new WriteResult.Failed(new SyncFailure.Permanent("MISSING_EMAIL",
                        "a contact without a known HubSpot id needs an email to be upserted on", "",
                        List.of(ContactWrites.EMAIL)));
            }
        }
        Map<Integer, Written> written = new HashMap<>();
        if (!updates.isEmpty()) {
            RefusedBatchSplitter.send(updates, part -> update(part, written, results),
                    (index, failure) -> results[index] = new WriteResult.Failed(failure));
        }
        if (!upserts.isEmpty()) {
            RefusedBatchSplitter.send(upserts, part -> upsert(part, written, results),
                    (index, failure) -> results[index] = new WriteResult.Failed(failure));
        }
        moveBackwardStages(written, results);
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new WriteResult.Failed(new SyncFailure.Retriable("NO_RESULT",
                        "HubSpot answered the batch without a result or an error for this contact", ""));
            }
        }
        return List.of(results);
    }

    private void update(Map<Integer, ObjectUpdate> updates, Map<Integer, Written> written, WriteResult[] results) {
        BatchResult<HubSpotObject> answer = client.batchUpdate(CrmObjectType.CONTACTS,
                new BatchInput<>(List.copyOf(updates.values())));
        Map<String, HubSpotObject> byKey = new HashMap<>();
        answer.results().forEach(contact -> {
            byKey.put(contact.id(), contact);
            Optional.ofNullable(contact.objectWriteTraceId()).ifPresent(trace -> byKey.put(trace, contact));
        });
        updates.forEach((index, update) -> {
            HubSpotObject contact = Optional.ofNullable(byKey.get(update.objectWriteTraceId()))
                    .orElse(byKey.get(update.id()));
            if (contact != null) {
                written.put(index, new Written(contact.id(), false, contact.properties(), update.properties(),
                        ContactMapper.modifiedAt(contact.properties(), contact.updatedAt())));
            } else {
                failureFor(answer, update.id(), update.objectWriteTraceId())
                        .ifPresent(failure -> results[index] = new WriteResult.Failed(failure));
            }
        });
    }

    private void upsert(Map<Integer, ObjectUpsert> upserts, Map<Integer, Written> written, WriteResult[] results) {
        BatchResult<UpsertedObject> answer = client.batchUpsert(CrmObjectType.CONTACTS,
                new BatchInput<>(List.copyOf(upserts.values())));
        Map<String, UpsertedObject> byKey = new HashMap<>();
        answer.results().forEach(contact -> {
            Optional.ofNullable(contact.properties().get(ContactWrites.EMAIL)).map(EmailAddress::normalise)
                    .ifPresent(email -> byKey.put(email, contact));
            Optional.ofNullable(contact.objectWriteTraceId()).ifPresent(trace -> byKey.put(trace, contact));
        });
        upserts.forEach((index, upsert) -> {
            UpsertedObject contact = Optional.ofNullable(byKey.get(upsert.objectWriteTraceId()))
                    .orElse(byKey.get(upsert.id()));
            if (contact != null) {
                written.put(index, new Written(contact.id(), contact.created(), contact.properties(),
                        upsert.properties(), ContactMapper.modifiedAt(contact.properties(), contact.updatedAt())));
            } else {
                failureFor(answer, upsert.id(), upsert.objectWriteTraceId())
                        .ifPresent(failure -> results[index] = new WriteResult.Failed(failure));
            }
        });
    }

    /**
     * Sends clear-then-set for the contacts whose stage HubSpot kept, and settles every written record with the time
     * HubSpot gave the version the write ended with (the set's, for a contact moved back).
     */
    private void moveBackwardStages(Map<Integer, Written> written, WriteResult[] results) {
        Map<String, String> backward = new LinkedHashMap<>();
        written.values().forEach(contact -> contact.stageNotApplied().ifPresent(stage -> backward.put(contact.id(), stage)));
        Map<String, LifecycleStageRewind.Outcome> rewound = backward.isEmpty() ? Map.of() : rewind.rewind(backward);
        written.forEach((index, contact) -> {
            LifecycleStageRewind.Outcome outcome = rewound.getOrDefault(contact.id(),
                    new LifecycleStageRewind.Outcome.Moved(contact.modifiedAt()));
            if (outcome instanceof LifecycleStageRewind.Outcome.Moved moved) {
                results[index] = new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT, ContactMapper.OBJECT_TYPE,
                        contact.id()), contact.created(), moved.modifiedAt());
            } else if (outcome instanceof LifecycleStageRewind.Outcome.NotMoved notMoved) {
                results[index] = new WriteResult.Failed(notMoved.failure());
            }
        });
    }

    /** The trace id of the write at {@code index}: unique within a batch, so HubSpot's answer can name it. */
    private static String traceId(int index) {
        return "leadbridge-" + index;
    }

    /** The error HubSpot's answer names for a record (by id, email or trace id), else one that names no record. */
    static Optional<SyncFailure> failureFor(BatchResult<?> answer, String id, String traceId) {
        Optional<SyncFailure> named = answer.errors().stream()
                .filter(error -> error.ids().stream().anyMatch(name -> name.equalsIgnoreCase(id)
                        || name.equals(traceId)))
                .map(BatchResult.BatchError::failure).findFirst();
        if (named.isPresent()) {
            return named;
        }
        // An error that names no record applies to every record HubSpot did not return.
        return answer.errors().stream().filter(error -> error.ids().isEmpty())
                .map(BatchResult.BatchError::failure).findFirst();
    }

    /**
     * A contact HubSpot returned, with the values it holds now, the values the write asked for and the modification
     * time of the version the write produced.
     */
    private record Written(String id, boolean created, Map<String, String> returned, Map<String, String> requested,
                           Optional<Instant> modifiedAt) {

        /** The requested stage when HubSpot kept another one (a backward move); empty otherwise. */
        Optional<String> stageNotApplied() {
            String wanted = requested.get(ContactWrites.LIFECYCLE_STAGE);
            if (wanted == null || wanted.isEmpty() || !returned.containsKey(ContactWrites.LIFECYCLE_STAGE)) {
                return Optional.empty();
            }
            String kept = returned.get(ContactWrites.LIFECYCLE_STAGE);
            return wanted.equals(kept) ? Optional.empty() : Optional.of(wanted);
        }
    }
}
