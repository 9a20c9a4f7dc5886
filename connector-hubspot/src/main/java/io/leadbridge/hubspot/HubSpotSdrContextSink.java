package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChunkedWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.mapping.ContactMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The SDR-context note on a HubSpot contact: a note engagement associated with the contact, whose
 * {@code hs_note_body} is the summary followed by its Leadbridge key line, rewritten in place.
 */
public final class HubSpotSdrContextSink implements SdrContextSink {

    static final String NOTE = "note";

    private final HubSpotClient client;
    private final ContactNotes notes;

    public HubSpotSdrContextSink(HubSpotClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.notes = new ContactNotes(client, Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public ExternalRef create(SdrContextNote note) {
        requireContact(note);
        return new ExternalRef(CrmSystem.HUBSPOT, NOTE, notes.create(note.targetPerson().id(), body(note)));
    }

    /**
     * Up to 100 notes per {@code batch/create}, each tied to its result by {@code objectWriteTraceId} (HubSpot does not
     * promise its results in input order; a result without one is tied by the key line in its body). A batch HubSpot
     * refuses as a whole (a validation error) is created one note per call, so that each gets its own answer; a
     * timeout, a 5xx or a rate limit fails the call. When a later batch fails without writing (a rate limit) the notes
     * created by the earlier ones keep their results, so they are recorded rather than created again.
     */
    @Override
    public List<WriteResult> createAll(List<SdrContextNote> toCreate) {
        toCreate.forEach(HubSpotSdrContextSink::requireContact);
        return ChunkedWrite.of(toCreate, BatchInput.MAX_INPUTS, this::createBatch);
    }

    private List<WriteResult> createBatch(List<SdrContextNote> batch) {
        if (batch.size() == 1) {
            return List.of(createOne(batch.get(0)));
        }
        BatchResult<HubSpotObject> answer;
        try {
            answer = client.batchCreate(CrmObjectType.NOTES, new BatchInput<>(IntStream.range(0, batch.size())
                    .mapToObj(i -> notes.input(batch.get(i).targetPerson().id(), body(batch.get(i)),
                            String.valueOf(i)))
                    .toList()));
        } catch (SyncFailureException failed) {
            if (failed.failure() instanceof SyncFailure.Permanent || failed.failure() instanceof SyncFailure.Conflict) {
                return batch.stream().map(this::createOne).toList();
            }
            throw failed;
        }
        Map<String, HubSpotObject> byTrace = new HashMap<>();
        answer.results().forEach(created -> byTrace.put(Optional.ofNullable(created.objectWriteTraceId())
                .orElseGet(() -> traceByKeyLine(created, batch)), created));
        List<WriteResult> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String trace = String.valueOf(i);
            HubSpotObject created = byTrace.get(trace);
            results.add(created != null
                    ? new WriteResult.Written(new ExternalRef(CrmSystem.HUBSPOT, NOTE, created.id()), true)
                    : new WriteResult.Failed(HubSpotContactSink.failureFor(answer, trace, trace)
                            .orElse(new SyncFailure.Retriable("NO_RESULT",
                                    "HubSpot answered the batch without a result or an error for this note", ""))));
        }
        return results;
    }

    /** The trace id of the note whose key line {@code created}'s body holds; empty when none does. */
    private static String traceByKeyLine(HubSpotObject created, List<SdrContextNote> batch) {
        String body = created.properties().getOrDefault(ContactNotes.BODY, "");
        for (int i = 0; i < batch.size(); i++) {
            if (body != null && body.contains(IdempotencyKeys.label(batch.get(i).idempotencyKey()))) {
                return String.valueOf(i);
            }
        }
        return "";
    }

    private WriteResult createOne(SdrContextNote note) {
        try {
            return new WriteResult.Written(create(note), true);
        } catch (SyncFailureException failed) {
            return new WriteResult.Failed(failed.failure());
        }
    }

    private static void requireContact(SdrContextNote note) {
        if (!ContactMapper.OBJECT_TYPE.equals(note.targetPerson().objectType())) {
            throw new IllegalArgumentException("the SDR-context note is kept on a HubSpot contact, not on "
                    + note.targetPerson());
        }
    }

    /** Reads the contact's notes for the one naming the note's key. */
    @Override
    public Optional<ExternalRef> find(SdrContextNote note) {
        return notes.findHolding(note.targetPerson().id(), IdempotencyKeys.label(note.idempotencyKey()))
                .map(id -> new ExternalRef(CrmSystem.HUBSPOT, NOTE, id));
    }

    @Override
    public void update(ExternalRef noteRecord, SdrContextNote note) {
        BatchResult<HubSpotObject> result = client.batchUpdate(CrmObjectType.NOTES, new BatchInput<>(List.of(
                new ObjectUpdate(noteRecord.id(), Map.of(ContactNotes.BODY, body(note))))));
        result.errors().stream().findFirst().ifPresent(error -> {
            throw new SyncFailureException(error.failure());
        });
    }

    /**
     * Up to 100 notes per {@code batch/update} call. A per-record error that names its note fails that note; one
     * that names none fails every note of its call, so nothing is recorded as rewritten that may not have been.
     */
    @Override
    public List<Optional<SyncFailure>> updateAll(List<Rewrite> rewrites) {
        List<Optional<SyncFailure>> results = new ArrayList<>();
        for (int from = 0; from < rewrites.size(); from += BatchInput.MAX_INPUTS) {
            List<Rewrite> chunk = rewrites.subList(from, Math.min(rewrites.size(), from + BatchInput.MAX_INPUTS));
            BatchResult<HubSpotObject> result = client.batchUpdate(CrmObjectType.NOTES, new BatchInput<>(chunk.stream()
                    .map(r -> new ObjectUpdate(r.noteRecord().id(), Map.of(ContactNotes.BODY, body(r.note()))))
                    .toList()));
            Map<String, SyncFailure> refused = new HashMap<>();
            Optional<SyncFailure> unnamed = Optional.empty();
            for (BatchResult.BatchError error : result.errors()) {
                if (error.ids().isEmpty()) {
                    unnamed = Optional.of(error.failure());
                }
                error.ids().forEach(id -> refused.putIfAbsent(id, error.failure()));
            }
            for (Rewrite rewrite : chunk) {
                SyncFailure failure = refused.get(rewrite.noteRecord().id());
                results.add(failure != null ? Optional.of(failure) : unnamed);
            }
        }
        return results;
    }

    private static String body(SdrContextNote note) {
        return note.text() + "\n" + IdempotencyKeys.label(note.idempotencyKey());
    }
}
