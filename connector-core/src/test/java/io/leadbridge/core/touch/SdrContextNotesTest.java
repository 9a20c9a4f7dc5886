package io.leadbridge.core.touch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryTouchInbox;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.sync.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SdrContextNotesTest {

    private static final ExternalRef KIM = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef KIM_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000KimAAA");
    private static final Instant AT = Instant.parse("2026-11-25T09:14:03Z");
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final MutableClock clock = MutableClock.startingAt(AT);
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryTouchInbox inbox = new InMemoryTouchInbox();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final List<String> events = new ArrayList<>();
    private final NoteStore store = new NoteStore(events);
    private final RecordingNoteSink salesforce = new RecordingNoteSink(events);
    private final SdrContextNotes notes = new SdrContextNotes(inbox, ids, store, List.of(salesforce), audit,
            clock, ZoneOffset.UTC, RETRY);

    @Test
    void theNoteIsCreatedOnceRewrittenInPlaceWhenTheSummaryChangesAndLeftAloneWhenItDoesNot() {
        PersonId kim = ids.personFor(KIM);
        ids.link(kim, KIM_LEAD);
        settle(kim, "1", Touch.TouchChannel.EMAIL);

        notes.publish(Set.of(kim));
        notes.publish(Set.of(kim));
        settle(kim, "2", Touch.TouchChannel.CALL);
        notes.publish(Set.of(kim));

        assertThat(salesforce.created).singleElement().satisfies(note -> {
            assertThat(note.targetPerson()).isEqualTo(KIM_LEAD);
            assertThat(note.text()).contains("Touches: 1 (1 email)");
        });
        assertThat(salesforce.updated).singleElement().satisfies(note ->
                assertThat(note.text()).contains("Touches: 2 (1 email, 1 call)").contains("Last touch: call"));
        assertThat(audit.of(kim, 10)).extracting(e -> e.kind()).containsOnly(AuditKind.NOTE).hasSize(2);
    }

    @Test
    void aNoteWhoseCreateWasNeverConfirmedIsAdoptedWhenItExistsAndCreatedWhenItDoesNot() {
        PersonId kim = kimWithOneEmail();
        SdrContextNote empty = claimedNoteOn(kim);
        salesforce.existing = Optional.of(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T000000000777"));

        notes.publish(Set.of(kim));

        assertThat(salesforce.created).isEmpty();
        assertThat(salesforce.updated).singleElement().satisfies(note ->
                assertThat(note.text()).contains("Touches: 1 (1 email)"));
        assertThat(store.find(empty.idempotencyKey()).orElseThrow().noteRecord()).isEqualTo(salesforce.existing);

        store.notes.clear();
        store.claim(empty, kim, AT);
        salesforce.existing = Optional.empty();
        notes.publish(Set.of(kim));

        assertThat(salesforce.created).as("the lost create never reached the CRM").hasSize(1);
        assertThat(audit.of(kim, 10)).extracting(e -> e.kind()).containsOnly(AuditKind.NOTE);
    }

    @Test
    void aNoteWriteThatMayPassReopensOneOfThePersonsTouchesSoTheNoteIsPublishedAgainWhileARefusalDoesNot() {
        PersonId kim = ids.personFor(KIM);
        ids.link(kim, KIM_LEAD);
        settle(kim, "1", Touch.TouchChannel.EMAIL);
        salesforce.failure = Optional.of(new SyncFailure.Retriable("SERVER_UNAVAILABLE", "try later", ""));

        notes.publish(Set.of(kim));

        assertThat(inbox.touchesOf(kim)).as("reopened, so no longer settled").isEmpty();
        assertThat(inbox.due(10, AT)).as("not due before the retry interval").isEmpty();
        assertThat(inbox.due(10, AT.plus(RETRY))).singleElement()
                .satisfies(t -> assertThat(t.logged().touch().source().id()).isEqualTo("1"));
        assertThat(audit.of(kim, 10)).extracting(e -> e.kind()).containsExactly(AuditKind.ERROR);

        inbox.settle(new ExternalRef(CrmSystem.HUBSPOT, "email", "1"), Optional.of(kim), AT.plus(RETRY));
        salesforce.failure = Optional.of(new SyncFailure.Permanent("ENTITY_IS_DELETED", "deleted", "", List.of()));
        store.notes.clear();
        notes.publish(Set.of(kim));

        assertThat(inbox.touchesOf(kim)).as("a refusal is left for the next touch").hasSize(1);
        salesforce.failure = Optional.empty();
        store.notes.clear();
        notes.publish(Set.of(kim));
        assertThat(salesforce.created).singleElement().satisfies(note ->
                assertThat(note.text()).contains("Touches: 1 (1 email)"));
    }

    @Test
    void theNewNotesOfOnePublishAreCreatedInOneCallUnderClaimsMadeDurableFirstAndARefusedOneReleasesItsClaim() {
        ExternalRef lee = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246966");
        ExternalRef leeLead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LeeAAA");
        PersonId kim = kimWithOneEmail();
        PersonId leePerson = ids.personFor(lee);
        ids.link(leePerson, leeLead);
        settle(leePerson, "2", Touch.TouchChannel.EMAIL);
        salesforce.refusedTargets.add(leeLead.id());

        notes.publish(Set.of(kim, leePerson));

        assertThat(events).containsExactly("claim", "claim", "durable", "createAll 2");
        assertThat(salesforce.created).singleElement().satisfies(note ->
                assertThat(note.targetPerson()).isEqualTo(KIM_LEAD));
        assertThat(store.notes.values()).singleElement().satisfies(note ->
                assertThat(note.noteRecord()).contains(salesforce.createdRecords.get(0)));
        assertThat(audit.of(leePerson, 10)).extracting(e -> e.kind()).containsExactly(AuditKind.ERROR);
        assertThat(inbox.touchesOf(leePerson)).as("a refusal waits for the next touch, no retry").hasSize(1);

        salesforce.refusedTargets.clear();
        settle(leePerson, "3", Touch.TouchChannel.CALL);
        notes.publish(Set.of(leePerson));
        assertThat(salesforce.created).hasSize(2).last().satisfies(note ->
                assertThat(note.text()).contains("Touches: 2 (1 email, 1 call)"));
    }

    @Test
    void theChangedNotesOfOnePublishAreRewrittenInOneCallAndARefusedOneIsLeftForTheNextPublish() {
        ExternalRef lee = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246966");
        ExternalRef leeLead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LeeAAA");
        PersonId kim = ids.personFor(KIM);
        ids.link(kim, KIM_LEAD);
        PersonId leePerson = ids.personFor(lee);
        ids.link(leePerson, leeLead);
        settle(kim, "1", Touch.TouchChannel.EMAIL);
        settle(leePerson, "2", Touch.TouchChannel.EMAIL);
        notes.publish(Set.of(kim, leePerson));
        ExternalRef leeNote = salesforce.createdRecords.get(salesforce.created.get(0).targetPerson().equals(leeLead)
                ? 0 : 1);
        salesforce.refused.add(leeNote.id());

        settle(kim, "3", Touch.TouchChannel.CALL);
        settle(leePerson, "4", Touch.TouchChannel.CALL);
        notes.publish(Set.of(kim, leePerson));

        assertThat(salesforce.batches).singleElement().satisfies(batch -> assertThat(batch).hasSize(2));
        assertThat(salesforce.updated).singleElement().satisfies(note -> assertThat(note.targetPerson())
                .isEqualTo(KIM_LEAD));
        assertThat(audit.of(leePerson, 10)).extracting(e -> e.kind()).contains(AuditKind.ERROR);

        salesforce.refused.clear();
        notes.publish(Set.of(kim, leePerson));

        assertThat(salesforce.batches).as("only the refused note is sent again").hasSize(2)
                .last().satisfies(batch -> assertThat(batch).singleElement()
                        .satisfies(rewrite -> assertThat(rewrite.noteRecord()).isEqualTo(leeNote)));
        assertThat(salesforce.updated).hasSize(2).last().satisfies(note ->
                assertThat(note.text()).contains("Touches: 2 (1 email, 1 call)"));
    }

    @Test
    void aPersonWhoseOnlyTouchIsReopenedForARetryGetsNoNoteUntilTheTouchSettlesAgain() {
        PersonId kim = kimWithOneEmail();
        salesforce.failure = Optional.of(new SyncFailure.Retriable("SERVER_UNAVAILABLE", "try later", ""));
        notes.publish(Set.of(kim));
        assertThat(inbox.touchesOf(kim)).as("reopened").isEmpty();

        salesforce.failure = Optional.empty();
        clock.advance(SdrContextNotes.UNCONFIRMED_RETRY_AFTER.plusSeconds(1));
        notes.publish(Set.of(kim));
        assertThat(salesforce.created).as("no note says 'none yet' while the touch waits").isEmpty();

        inbox.settle(new ExternalRef(CrmSystem.HUBSPOT, "email", "1"), Optional.of(kim), clock.instant());
        notes.publish(Set.of(kim));
        assertThat(salesforce.created).singleElement().satisfies(note ->
                assertThat(note.text()).contains("Touches: 1 (1 email)"));
    }

    @Test
    void aNoteWhoseCreateWasInterruptedIsResolvedWithoutAnotherTouchOnceItsClaimIsOldEnough() {
        PersonId kim = kimWithOneEmail();
        SdrContextNote note = claimedNoteOn(kim);
        inbox.notesPublished(Set.of(kim));

        notes.publish(Set.of());
        assertThat(salesforce.created).as("the claim may still be in flight").isEmpty();

        clock.advance(SdrContextNotes.UNCONFIRMED_RETRY_AFTER.plusSeconds(1));
        notes.publish(Set.of());
        notes.publish(Set.of());

        assertThat(salesforce.created).as("created once, on the first publish after the delay").singleElement()
                .satisfies(created -> assertThat(created.text()).contains("Touches: 1 (1 email)"));
        assertThat(store.find(note.idempotencyKey()).orElseThrow().noteRecord()).isPresent();
    }

    @Test
    void aTouchSettledByADrainThatStoppedBeforeItsPublishBringsThePersonsNoteUpToDateAtTheNextPublish() {
        PersonId kim = kimWithOneEmail();
        notes.publish(Set.of(kim));
        settle(kim, "2", Touch.TouchChannel.CALL);
        ExternalRef lee = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246966");
        PersonId leePerson = ids.personFor(lee);
        ids.link(leePerson, new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LeeAAA"));
        settle(leePerson, "3", Touch.TouchChannel.EMAIL);

        notes.publish(Set.of());

        assertThat(salesforce.updated).as("Kim's note counts the touch its drain never published").singleElement()
                .satisfies(note -> assertThat(note.text()).contains("Touches: 2 (1 email, 1 call)"));
        assertThat(salesforce.created).as("Lee's first touch was settled, and its note never created")
                .hasSize(2).last().satisfies(note -> assertThat(note.text()).contains("Touches: 1 (1 email)"));
        assertThat(inbox.notesDue(10)).as("published, no longer due").isEmpty();

        notes.publish(Set.of());
        assertThat(salesforce.created).hasSize(2);
        assertThat(salesforce.updated).hasSize(1);
    }

    private PersonId kimWithOneEmail() {
        PersonId kim = ids.personFor(KIM);
        ids.link(kim, KIM_LEAD);
        settle(kim, "1", Touch.TouchChannel.EMAIL);
        return kim;
    }

    /** A note on Kim's Lead claimed at {@code AT} and never recorded, as after a lost create. */
    private SdrContextNote claimedNoteOn(PersonId kim) {
        SdrContextNote note = SdrContextNote.render(KIM_LEAD, SdrContextSummary.of(List.of(), Optional.empty()),
                ZoneOffset.UTC);
        store.claim(note, kim, AT);
        return note;
    }

    private void settle(PersonId person, String id, Touch.TouchChannel channel) {
        Touch touch = new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", id), channel,
                Touch.TouchDirection.OUTBOUND, AT.plusSeconds(Long.parseLong(id)), "", "", "", Optional.empty(),
                Optional.empty());
        inbox.add(new LoggedTouch(touch, List.of(KIM), Optional.empty(), AT), AT);
        inbox.settle(touch.source(), Optional.of(person), AT);
    }

    private static final class RecordingNoteSink implements SdrContextSink {
        final List<String> events;
        final Set<String> refusedTargets = new HashSet<>();
        final List<SdrContextNote> created = new ArrayList<>();
        final List<ExternalRef> createdRecords = new ArrayList<>();
        final List<SdrContextNote> updated = new ArrayList<>();
        final List<List<Rewrite>> batches = new ArrayList<>();
        final Set<String> refused = new HashSet<>();
        Optional<ExternalRef> existing = Optional.empty();
        Optional<SyncFailure> failure = Optional.empty();

        RecordingNoteSink(List<String> events) {
            this.events = events;
        }

        @Override
        public CrmSystem system() {
            return CrmSystem.SALESFORCE;
        }

        @Override
        public List<WriteResult> createAll(List<SdrContextNote> notes) {
            events.add("createAll " + notes.size());
            return notes.stream().map(note -> refusedTargets.contains(note.targetPerson().id())
                    ? new WriteResult.Failed(new SyncFailure.Permanent("ENTITY_IS_DELETED", "deleted", "", List.of()))
                    : SdrContextSink.super.createAll(List.of(note)).get(0)).toList();
        }

        @Override
        public ExternalRef create(SdrContextNote note) {
            if (failure.isPresent()) {
                throw new SyncFailureException(failure.get());
            }
            created.add(note);
            createdRecords.add(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T00000000000" + created.size()));
            return createdRecords.get(createdRecords.size() - 1);
        }

        @Override
        public Optional<ExternalRef> find(SdrContextNote note) {
            return existing;
        }

        @Override
        public void update(ExternalRef noteRecord, SdrContextNote note) {
            updated.add(note);
        }

        @Override
        public List<Optional<SyncFailure>> updateAll(List<Rewrite> rewrites) {
            batches.add(List.copyOf(rewrites));
            List<Optional<SyncFailure>> results = new ArrayList<>();
            for (Rewrite rewrite : rewrites) {
                if (refused.contains(rewrite.noteRecord().id())) {
                    results.add(Optional.of(new SyncFailure.Permanent("FIELD_CUSTOM_VALIDATION_EXCEPTION", "refused", "",
                            List.of())));
                } else {
                    updated.add(rewrite.note());
                    results.add(Optional.empty());
                }
            }
            return results;
        }
    }

    private static final class NoteStore implements SdrContextStore {
        final List<String> events;
        final Map<String, StoredNote> notes = new HashMap<>();
        final Map<String, PersonId> people = new HashMap<>();
        final Map<String, Instant> claimedAt = new HashMap<>();

        NoteStore(List<String> events) {
            this.events = events;
        }

        @Override
        public void makeClaimsDurable() {
            events.add("durable");
        }

        @Override
        public boolean claim(SdrContextNote note, PersonId person, Instant at) {
            events.add("claim");
            boolean claimed = notes.putIfAbsent(note.idempotencyKey(), new StoredNote(note.idempotencyKey(),
                    Optional.empty(), Optional.empty())) == null;
            if (claimed) {
                people.put(note.idempotencyKey(), person);
                claimedAt.put(note.idempotencyKey(), at);
            }
            return claimed;
        }

        @Override
        public List<PersonId> takeUnconfirmed(Instant claimedBefore, Instant now, int max) {
            List<PersonId> due = new ArrayList<>();
            notes.values().stream().filter(note -> note.noteRecord().isEmpty())
                    .filter(note -> claimedAt.get(note.noteKey()).isBefore(claimedBefore)).limit(max)
                    .forEach(note -> {
                        claimedAt.put(note.noteKey(), now);
                        due.add(people.get(note.noteKey()));
                    });
            return due;
        }

        @Override
        public void written(String noteKey, ExternalRef noteRecord, String textFingerprint, Instant writtenAt) {
            notes.put(noteKey, new StoredNote(noteKey, Optional.of(noteRecord), Optional.of(textFingerprint)));
        }

        @Override
        public void release(String noteKey) {
            notes.remove(noteKey);
        }

        @Override
        public Optional<StoredNote> find(String noteKey) {
            return Optional.ofNullable(notes.get(noteKey));
        }
    }
}
