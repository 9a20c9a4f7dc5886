package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.DueTouch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextStore.StoredNote;
import io.leadbridge.core.touch.SdrContextSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V7 tables (V24, V27): the touch inbox keeps each touch once, as read, with its failed attempts and the error it
 * was parked as, and the SDR-context note is claimed once.
 */
abstract class JdbcTouchInboxContract {

    private static final ExternalRef KIM = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");
    private static final ExternalRef TASK = new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcTouchInbox inbox;
    private JdbcSdrContextStore notes;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        inbox = new JdbcTouchInbox(db.jdbc());
        notes = new JdbcSdrContextStore(db.jdbc(), DurableCommits.of(db.dataSource(), db.jdbc()));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aTouchIsStoredOnceAsReadWaitsUntilItsNextAttemptAndCountsForItsPersonOnceSettled() {
        LoggedTouch email = email("88120455401", Optional.of(IdempotencyKeys.sdrContextOf(LEAD)));
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));

        assertThat(inbox.add(email, T0)).isTrue();
        assertThat(inbox.add(email, T0.plusSeconds(5))).isFalse();
        assertThat(inbox.due(10, T0)).containsExactly(DueTouch.fresh(email));

        inbox.retryAt(email.touch().source(), T0.plusSeconds(60));
        assertThat(inbox.due(10, T0.plusSeconds(59))).isEmpty();
        assertThat(inbox.due(10, T0.plusSeconds(60))).containsExactly(DueTouch.fresh(email));
        assertThat(inbox.pendingCount()).isEqualTo(1);

        inbox.settle(email.touch().source(), Optional.of(kim), T0.plusSeconds(61));
        assertThat(inbox.due(10, T0.plusSeconds(3600))).isEmpty();
        assertThat(inbox.pendingCount()).isZero();
        assertThat(inbox.touchesOf(kim)).containsExactly(email.touch());
    }

    @Test
    void aSettledTouchReopenedIsPendingAgainFromItsNextAttemptAndCountsOnceSettledAgain() {
        LoggedTouch email = email("88120455402", Optional.empty());
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        inbox.add(email, T0);
        inbox.settle(email.touch().source(), Optional.of(kim), T0.plusSeconds(1));

        inbox.reopen(email.touch().source(), T0.plusSeconds(60));

        assertThat(inbox.touchesOf(kim)).isEmpty();
        assertThat(inbox.due(10, T0.plusSeconds(59))).isEmpty();
        assertThat(inbox.due(10, T0.plusSeconds(60))).containsExactly(DueTouch.fresh(email));
        inbox.settle(email.touch().source(), Optional.of(kim), T0.plusSeconds(61));
        assertThat(inbox.touchesOf(kim)).containsExactly(email.touch());
        assertThat(inbox.pendingCount()).isZero();
    }

    @Test
    void failedAttemptsAreCountedAndATouchParkedAsAnErrorIsQueuedAgainByThatErrorWithNoAttempts() {
        LoggedTouch email = email("88120455407", Optional.empty());
        LoggedTouch other = email("88120455408", Optional.empty());
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        inbox.add(email, T0);
        inbox.add(other, T0);

        inbox.failedAttempt(email.touch().source(), 2, T0.plusSeconds(30));
        assertThat(inbox.due(10, T0.plusSeconds(30))).contains(new DueTouch(email, 2, OptionalLong.empty()));
        inbox.retryAt(email.touch().source(), T0.plusSeconds(40));
        assertThat(inbox.due(10, T0.plusSeconds(40))).as("a wait keeps the attempts")
                .contains(new DueTouch(email, 2, OptionalLong.empty()));

        inbox.park(email.touch().source(), 42L, Optional.of(kim), T0.plusSeconds(41));
        assertThat(inbox.due(10, T0.plusSeconds(3600))).containsExactly(DueTouch.fresh(other));
        assertThat(inbox.touchesOf(kim)).as("a parked touch still happened").containsExactly(email.touch());
        assertThat(inbox.requeue(43L, T0.plusSeconds(50))).as("no touch parked as error 43").isFalse();

        assertThat(inbox.requeue(42L, T0.plusSeconds(50))).isTrue();
        assertThat(inbox.due(10, T0.plusSeconds(50))).contains(new DueTouch(email, 0, OptionalLong.of(42L)));
        assertThat(inbox.requeue(42L, T0.plusSeconds(51))).as("pending already").isFalse();
        assertThat(inbox.touchesOf(kim)).isEmpty();
    }

    @Test
    void aTouchSettledForAPersonMakesTheirNoteDueUntilItIsPublishedAndAReopenedOrUnattributedTouchDoesNot() {
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        PersonId lee = new PersonId(UUID.fromString("8d0f7780-8536-41ef-855c-f18fd2001bf8"));
        LoggedTouch first = email("88120455403", Optional.empty());
        LoggedTouch second = email("88120455404", Optional.empty());
        LoggedTouch echo = email("88120455405", Optional.empty());
        LoggedTouch lees = email("88120455406", Optional.empty());
        List.of(first, second, echo, lees).forEach(touch -> inbox.add(touch, T0));
        assertThat(inbox.notesDue(10)).isEmpty();

        inbox.settle(first.touch().source(), Optional.of(kim), T0.plusSeconds(1));
        inbox.settle(second.touch().source(), Optional.of(kim), T0.plusSeconds(1));
        inbox.settle(echo.touch().source(), Optional.empty(), T0.plusSeconds(1));
        inbox.settle(lees.touch().source(), Optional.of(lee), T0.plusSeconds(1));
        assertThat(inbox.notesDue(10)).containsExactlyInAnyOrder(kim, lee);
        assertThat(inbox.notesDue(1)).hasSize(1);

        inbox.notesPublished(List.of(kim));
        assertThat(inbox.notesDue(10)).containsExactly(lee);

        inbox.reopen(lees.touch().source(), T0.plusSeconds(60));
        assertThat(inbox.notesDue(10)).as("pending again, not counted in the note").isEmpty();
        inbox.settle(lees.touch().source(), Optional.of(lee), T0.plusSeconds(61));
        assertThat(inbox.notesDue(10)).containsExactly(lee);
    }

    @Test
    void theSdrContextNoteIsClaimedOnceAndKeepsItsRecordAndFingerprint() {
        SdrContextNote note = SdrContextNote.render(LEAD, SdrContextSummary.of(List.of(), Optional.empty()),
                ZoneOffset.UTC);
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));

        assertThat(notes.claim(note, kim, T0)).isTrue();
        assertThat(notes.claim(note, kim, T0)).isFalse();
        assertThat(notes.find(note.idempotencyKey())).contains(new StoredNote(note.idempotencyKey(),
                Optional.empty(), Optional.empty()));

        notes.written(note.idempotencyKey(), TASK, "ab".repeat(32), T0.plusSeconds(1));
        notes.release(note.idempotencyKey());

        assertThat(notes.find(note.idempotencyKey())).as("a written note is never released").contains(
                new StoredNote(note.idempotencyKey(), Optional.of(TASK), Optional.of("ab".repeat(32))));
    }

    @Test
    void aNoteClaimedButNeverRecordedIsTakenForAnotherTryOnceItIsOldEnoughAndThenRestamped() {
        SdrContextNote unconfirmed = SdrContextNote.render(LEAD, SdrContextSummary.of(List.of(), Optional.empty()),
                ZoneOffset.UTC);
        SdrContextNote written = SdrContextNote.render(new ExternalRef(CrmSystem.SALESFORCE, "Lead",
                "00Q5g00000AbCd2EAF"), SdrContextSummary.of(List.of(), Optional.empty()), ZoneOffset.UTC);
        PersonId kim = new PersonId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        PersonId lee = new PersonId(UUID.fromString("8d0f7780-8536-41ef-855c-f18fd2001bf8"));
        notes.claim(unconfirmed, kim, T0);
        notes.claim(written, lee, T0);
        notes.written(written.idempotencyKey(), TASK, "ab".repeat(32), T0);

        assertThat(notes.takeUnconfirmed(T0, T0.plusSeconds(10), 10)).as("not older than the limit").isEmpty();
        assertThat(notes.takeUnconfirmed(T0.plusSeconds(10), T0.plusSeconds(10), 10)).containsExactly(kim);
        assertThat(notes.takeUnconfirmed(T0.plusSeconds(10), T0.plusSeconds(11), 10)).as("restamped").isEmpty();
        assertThat(notes.takeUnconfirmed(T0.plusSeconds(20), T0.plusSeconds(20), 10)).containsExactly(kim);
    }

    private static LoggedTouch email(String id, Optional<String> keyOnSource) {
        Touch touch = new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", id), Touch.TouchChannel.EMAIL,
                Touch.TouchDirection.OUTBOUND, T0, "sam.sdr@example.com", "Intro", "Hi Kim,", Optional.of("sent"),
                Optional.of(2));
        return new LoggedTouch(touch, List.of(KIM), keyOnSource, T0.plusMillis(7));
    }
}
