package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectInput;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.mapping.ContactMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDR-context note on a HubSpot contact: a note engagement associated with the contact, whose
 * {@code hs_note_body} is the summary followed by its Leadbridge key line, rewritten in place.
 */
public final class HubSpotSdrContextSink implements SdrContextSink {

    static final String NOTE = "note";

    private final HubSpotClient client;
    private final Clock clock;

    public HubSpotSdrContextSink(HubSpotClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public ExternalRef create(SdrContextNote note) {
        if (!ContactMapper.OBJECT_TYPE.equals(note.targetPerson().objectType())) {
            throw new IllegalArgumentException("the SDR-context note is kept on a HubSpot contact, not on "
                    + note.targetPerson());
        }
        HubSpotObject created = client.createObject(CrmObjectType.NOTES, new ObjectInput(
                Map.of("hs_timestamp", String.valueOf(clock.millis()), "hs_note_body", body(note)),
                List.of(CrmObjectType.NOTES.associate(CrmObjectType.CONTACTS, note.targetPerson().id()))));
        return new ExternalRef(CrmSystem.HUBSPOT, NOTE, created.id());
    }

    /** Reads the contact's notes (association pages of 100, then their bodies) for the one naming the note's key. */
    @Override
    public Optional<ExternalRef> find(SdrContextNote note) {
        return ContactEngagements.naming(client, note.targetPerson().id(), CrmObjectType.NOTES,
                List.of("hs_note_body"), IdempotencyKeys.label(note.idempotencyKey()))
                .map(id -> new ExternalRef(CrmSystem.HUBSPOT, NOTE, id));
    }

    @Override
    public void update(ExternalRef noteRecord, SdrContextNote note) {
        BatchResult<HubSpotObject> result = client.batchUpdate(CrmObjectType.NOTES, new BatchInput<>(List.of(
                new ObjectUpdate(noteRecord.id(), Map.of("hs_note_body", body(note))))));
        result.errors().stream().findFirst().ifPresent(error -> {
            throw new SyncFailureException(error.failure());
        });
    }

    private static String body(SdrContextNote note) {
        return note.text() + "\n" + IdempotencyKeys.label(note.idempotencyKey());
    }
}
