package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.RaceBeforeStatement;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.ErrorClosure;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC stores honour the core's port contracts, on each database. */
abstract class JdbcStoresContract {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Instant T0 = Instant.parse("2026-11-24T15:02:11.803Z");

    private MigratedDatabase db;
    private JdbcChangeInbox inbox;
    private Clock clock;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
        inbox = new JdbcChangeInbox(db.jdbc(), db.tx(), clock);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theSameVersionOfARecordIsStoredOnceAndReadsBackIntact() {
        ChangeEvent event = contact("1246965", T0, "ada.lovelace@analytical-engines.example");

        assertThat(inbox.append(event)).isTrue();
        assertThat(inbox.append(event)).isFalse();

        List<InboxEntry> claimed = inbox.claim(10, clock.instant(), Duration.ofMinutes(1));
        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).event()).isEqualTo(event);
        assertThat(claimed.get(0).attempts()).isZero();
    }

    @Test
    void purgingDeletesOnlyChangesWrittenBeforeTheCutOffOldestFirstAndKeepsParkedOnes() {
        for (int i = 1; i <= 4; i++) {
            inbox.append(contact(String.valueOf(i), T0.plusSeconds(i), i + "@example.com"));
        }
        List<InboxEntry> claimed = inbox.claim(10, clock.instant(), Duration.ofMinutes(1));
        inbox.complete(claimed.get(0).id());
        inbox.complete(claimed.get(1).id());
        inbox.park(claimed.get(2).id(), new SyncFailure.Permanent("INVALID_FIELD", "bad", "", List.of()));
        Instant after = clock.instant().plusMillis(1);

        assertThat(inbox.purgeSettled(clock.instant(), 10)).as("settled at the cut-off itself").isZero();
        assertThat(inbox.purgeSettled(after, 1)).isEqualTo(1);
        assertThat(inbox.purgeSettled(after, 10)).isEqualTo(1);
        assertThat(db.jdbc().sql("SELECT status FROM change_inbox ORDER BY id").query(String.class).list())
                .containsExactly("PARKED", "CLAIMED");
        assertThat(inbox.append(contact("1", T0.plusSeconds(1), "1@example.com"))).as("a re-read after the purge")
                .isTrue();
    }

    @Test
    void aMergeReadsBackWithTheRecordThatSurvivedIt() {
        ChangeEvent merge = ChangeEvent.merged(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd5EAF"),
                new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"), T0, Optional.empty());

        assertThat(inbox.append(merge)).isTrue();

        assertThat(inbox.claim(10, clock.instant(), Duration.ofMinutes(1))).singleElement()
                .satisfies(entry -> assertThat(entry.event()).isEqualTo(merge));
    }

    @Test
    void aClaimedEntryIsInvisibleToOtherWorkersUntilItsLeaseEnds() {
        inbox.append(contact("1", T0, "a@example.com"));
        Instant now = clock.instant();

        assertThat(inbox.claim(10, now, Duration.ofMinutes(2))).hasSize(1);
        assertThat(inbox.claim(10, now.plusSeconds(60), Duration.ofMinutes(2))).isEmpty();
        assertThat(inbox.claim(10, now.plusSeconds(121), Duration.ofMinutes(2))).hasSize(1);
    }


    @Test
    void entriesWhoseLeaseEndedAndDueEntriesAreClaimedTogetherOldestFirst() {
        for (int i = 1; i <= 4; i++) {
            inbox.append(contact(String.valueOf(i), T0.plusSeconds(i), i + "@example.com"));
        }
        Instant now = clock.instant();
        List<Long> firstTwo = inbox.claim(2, now, Duration.ofMinutes(1)).stream().map(InboxEntry::id).toList();
        inbox.append(contact("5", T0.plusSeconds(5), "5@example.com"));

        List<Long> next = inbox.claim(3, now.plusSeconds(61), Duration.ofMinutes(1)).stream()
                .map(InboxEntry::id).toList();

        List<Long> rest = inbox.claim(10, now.plusSeconds(61), Duration.ofMinutes(1)).stream()
                .map(InboxEntry::id).toList();
        assertThat(next).hasSize(3).startsWith(firstTwo.get(0), firstTwo.get(1)).isSorted();
        assertThat(rest).hasSize(2).allSatisfy(id -> assertThat(id).isGreaterThan(next.get(2)));
    }

    @Test
    void concurrentWorkersNeverClaimTheSameEntry() throws Exception {
        for (int i = 0; i < 40; i++) {
            inbox.append(contact(String.valueOf(1000 + i), T0.plusMillis(i), "p" + i + "@example.com"));
        }
        int workers = 4;
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<InboxEntry>>> claims = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Callable<List<InboxEntry>> claim = () -> {
                    start.await();
                    return inbox.claim(15, clock.instant(), Duration.ofMinutes(2));
                };
                claims.add(pool.submit(claim));
            }
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (Future<List<InboxEntry>> claim : claims) {
                for (InboxEntry entry : claim.get()) {
                    total++;
                    seen.add(entry.id());
                }
            }
            assertThat(seen).hasSize(total);
            assertThat(total).isLessThanOrEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimWhoseDueEntriesAnotherClaimIsLockingTakesTheNextDueOnes() throws Exception {
        List<ChangeEvent> changes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            changes.add(contact(String.valueOf(3000 + i), T0.plusMillis(i), "q" + i + "@example.com"));
            inbox.append(changes.get(i));
        }
        try (java.sql.Connection other = db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (java.sql.Statement lock = other.createStatement()) {
                lock.executeQuery("SELECT id FROM change_inbox WHERE record_id IN ('3000', '3001', '3002') FOR UPDATE")
                        .close();
            }

            List<InboxEntry> claimed = inbox.claim(3, clock.instant(), Duration.ofMinutes(1));

            other.rollback();
            assertThat(claimed).extracting(InboxEntry::event).containsExactlyElementsOf(changes.subList(3, 6));
        }
    }

    @Test
    void aPolledCopyOfAChangeAWebhookStoredGivesItTheStreamPositionOnce() {
        ChangeEvent polled = contact("21", T0, "d@example.com");
        inbox.append(new ChangeEvent(polled.ref(), polled.kind(), polled.modifiedAt(), polled.person(),
                java.util.Optional.empty()));
        assertThat(inbox.highestPosition(CONTACTS)).isEmpty();

        assertThat(inbox.append(polled)).isFalse();
        assertThat(inbox.append(polled)).isFalse();

        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(T0, "21"));
        List<InboxEntry> claimed = inbox.claim(10, clock.instant(), Duration.ofMinutes(1));
        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).event().stream()).contains(polled.stream().orElseThrow());
        inbox.complete(claimed.get(0).id());
        assertThat(inbox.settledThrough(CONTACTS)).contains(new Watermark(T0, "21"));
    }

    @Test
    void aPageStoresItsNewChangesOnceAndGivesAWebhooksCopyItsPosition() {
        ChangeEvent storedBefore = contact("31", T0, "a@example.com");
        ChangeEvent fromAWebhookToo = contact("32", T0.plusMillis(1), "b@example.com");
        inbox.append(storedBefore);
        inbox.append(fromAWebhookToo.withoutStream());
        List<ChangeEvent> page = List.of(storedBefore, fromAWebhookToo, contact("33", T0.plusMillis(2), "c@example.com"),
                contact("34", T0.plusMillis(2), "d@example.com"));

        assertThat(inbox.appendAll(page)).isEqualTo(2);
        assertThat(inbox.appendAll(page)).as("the same page read again").isZero();

        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(T0.plusMillis(2), "34"));
        assertThat(inbox.claim(10, clock.instant(), Duration.ofMinutes(1))).extracting(InboxEntry::event)
                .containsExactlyElementsOf(page);
    }

    @Test
    void aChangeAWebhookStoresJustBeforeItsPageIsInsertedIsStoredOnceAndThePagesOthersAfterIt() {
        ChangeEvent raced = contact("41", T0.plusMillis(1), "b@example.com");
        List<ChangeEvent> page = List.of(contact("40", T0, "a@example.com"), raced,
                contact("42", T0.plusMillis(2), "c@example.com"));
        DataSource racing = RaceBeforeStatement.on(db.dataSource(), "INSERT INTO change_inbox",
                () -> inbox.append(raced.withoutStream()));
        JdbcChangeInbox racedInbox = new JdbcChangeInbox(JdbcClient.create(racing),
                new TransactionTemplate(new DataSourceTransactionManager(racing)), clock);

        assertThat(racedInbox.appendAll(page)).isEqualTo(2);

        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(T0.plusMillis(2), "42"));
        assertThat(inbox.claim(10, clock.instant(), Duration.ofMinutes(1))).extracting(InboxEntry::event)
                .containsExactlyInAnyOrderElementsOf(page);
    }

    @Test
    void theStreamIsSettledOnlyUpToItsFirstUnsettledChange() {
        inbox.append(contact("11", T0, "a@example.com"));
        inbox.append(contact("12", T0, "b@example.com"));
        inbox.append(contact("13", T0.plusSeconds(1), "c@example.com"));
        List<InboxEntry> claimed = inbox.claim(10, clock.instant(), Duration.ofMinutes(1));

        inbox.complete(claimed.get(0).id());
        inbox.retryLater(claimed.get(1).id(), new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "locked", ""),
                clock.instant().plusSeconds(30), true);
        inbox.park(claimed.get(2).id(), new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS", "bad", "", List.of("Email")));

        assertThat(inbox.settledThrough(CONTACTS)).contains(new Watermark(T0, "11"));
        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(T0.plusSeconds(1), "13"));
        assertThat(inbox.pendingCount()).isEqualTo(1);
        assertThat(inbox.claim(10, clock.instant(), Duration.ofMinutes(1))).isEmpty();

        List<InboxEntry> retried = inbox.claim(10, clock.instant().plusSeconds(31), Duration.ofMinutes(1));
        assertThat(retried).extracting(InboxEntry::attempts).containsExactly(1);
        inbox.complete(retried.get(0).id());
        assertThat(inbox.settledThrough(CONTACTS)).contains(new Watermark(T0.plusSeconds(1), "13"));
    }

    @Test
    void completingABatchAtOnceSettlesEachOfItsEntriesAndNoOther() {
        for (int i = 1; i <= 4; i++) {
            inbox.append(contact(String.valueOf(20 + i), T0.plusSeconds(i), i + "@example.com"));
        }
        List<InboxEntry> claimed = inbox.claim(10, clock.instant(), Duration.ofMinutes(1));

        inbox.completeAll(List.of(claimed.get(0).id(), claimed.get(1).id(), claimed.get(3).id()));
        inbox.completeAll(List.of());

        assertThat(db.jdbc().sql("SELECT status FROM change_inbox ORDER BY id").query(String.class).list())
                .containsExactly("DONE", "DONE", "CLAIMED", "DONE");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE status = 'DONE' AND lease_until IS NULL"
                + " AND settled_at IS NOT NULL").query(Long.class).single()).isEqualTo(3);
        assertThat(inbox.settledThrough(CONTACTS)).contains(new Watermark(T0.plusSeconds(2), "22"));
        assertThat(inbox.purgeSettled(clock.instant().plusMillis(1), 10)).isEqualTo(3);
    }

    @Test
    void aRateLimitedRetryDoesNotCountAsAnAttempt() {
        inbox.append(contact("21", T0, "a@example.com"));
        long id = inbox.claim(1, clock.instant(), Duration.ofMinutes(1)).get(0).id();

        inbox.retryLater(id, new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "limit", "", Duration.ofSeconds(60)),
                clock.instant(), false);

        assertThat(inbox.claim(1, clock.instant(), Duration.ofMinutes(1))).extracting(InboxEntry::attempts)
                .containsExactly(0);
    }

    @Test
    void watermarksNeverMoveBackwards() {
        JdbcWatermarkStore watermarks = new JdbcWatermarkStore(db.jdbc(), db.tx(), clock);

        assertThat(watermarks.commit(CONTACTS, new Watermark(T0, "12"))).isTrue();
        assertThat(watermarks.commit(CONTACTS, new Watermark(T0, "11"))).isFalse();
        assertThat(watermarks.commit(CONTACTS, new Watermark(T0.plusMillis(1), "1"))).isTrue();
        assertThat(watermarks.load(CONTACTS)).contains(new Watermark(T0.plusMillis(1), "1"));
    }

    @Test
    void appliedVersionsNeverMoveBackwards() {
        JdbcAppliedVersionStore applied = new JdbcAppliedVersionStore(db.jdbc());
        ExternalRef ref = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");

        assertThat(applied.lastApplied(ref)).isEmpty();
        applied.record(ref, T0);
        applied.record(ref, T0.minusSeconds(5));
        applied.record(ref, T0);

        assertThat(applied.lastApplied(ref)).contains(T0);
        applied.record(ref, T0.plusSeconds(5));
        assertThat(applied.lastApplied(ref)).contains(T0.plusSeconds(5));
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM applied_version").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRecordBelongsToOnePersonAndAPersonHasOneRecordPerCrm() {
        JdbcIdMappingStore ids = new JdbcIdMappingStore(db.jdbc(), db.tx(), clock);
        ExternalRef contact = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
        ExternalRef lead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LbE2aEAF");
        ExternalRef convertedContact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB");

        PersonId person = ids.personFor(contact);
        assertThat(ids.personFor(contact)).isEqualTo(person);
        ids.link(person, lead);
        ids.link(person, lead);
        assertThat(ids.refIn(person, CrmSystem.SALESFORCE)).contains(lead);

        ids.link(person, convertedContact);
        assertThat(ids.refIn(person, CrmSystem.SALESFORCE)).contains(convertedContact);
        assertThat(ids.find(lead)).isEmpty();

        PersonId other = ids.personFor(new ExternalRef(CrmSystem.HUBSPOT, "contact", "999"));
        assertThatThrownBy(() -> ids.link(other, convertedContact)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnlinkedRecordBelongsToNobodyAndItsPersonKeepsTheOtherRecord() {
        JdbcIdMappingStore ids = new JdbcIdMappingStore(db.jdbc(), db.tx(), clock);
        ExternalRef contact = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
        ExternalRef lead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000LbE2aEAF");
        PersonId person = ids.personFor(contact);
        ids.link(person, lead);

        ids.unlink(lead);
        ids.unlink(lead);

        assertThat(ids.find(lead)).isEmpty();
        assertThat(ids.refIn(person, CrmSystem.SALESFORCE)).isEmpty();
        assertThat(ids.find(contact)).contains(person);
        assertThat(ids.personFor(lead)).isNotEqualTo(person);
    }

    @Test
    void theErrorQueueKeepsTheVendorsCodeMessageFieldsAndTheWholeChange() {
        JdbcErrorQueue errors = new JdbcErrorQueue(db.jdbc(), clock);
        ChangeEvent event = contact("31", T0, "not-an-email");

        long id = errors.add(event, new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS",
                "Email: invalid email address: not-an-email", "corr-1", List.of("Email")), 1);

        assertThat(errors.open(10)).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(id);
            assertThat(error.event()).isEqualTo(event);
            assertThat(error.failure()).isEqualTo(new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS",
                    "Email: invalid email address: not-an-email", "corr-1", List.of("Email")));
            assertThat(error.attempts()).isEqualTo(1);
        });
    }

    @Test
    void theErrorQueueListsAndCountsByFilterAndMovesAnErrorOnlyAlongItsLifecycle() {
        JdbcErrorQueue errors = new JdbcErrorQueue(db.jdbc(), clock);
        long badEmail = errors.add(contact("31", T0, "not-an-email"), new SyncFailure.Permanent(
                "INVALID_EMAIL_ADDRESS", "Email: invalid email address", "corr-1", List.of("Email")), 1);
        long conflict = errors.add(contact("32", T0, "b@example.com"),
                new SyncFailure.Conflict("IDENTITY_CONFLICT", "two people", ""), 1);
        ErrorFilter badEmails = new ErrorFilter(Optional.of(CrmSystem.HUBSPOT), Optional.of("contact"),
                Optional.of("INVALID_EMAIL_ADDRESS"), Optional.empty());

        assertThat(errors.list(badEmails, 10)).extracting(SyncError::id).containsExactly(badEmail);
        assertThat(errors.count(ErrorFilter.ALL)).isEqualTo(2);
        assertThat(errors.count(badEmails.withStatus(ErrorStatus.DISMISSED))).isZero();

        errors.dismiss(conflict, "ops@example.com", "a duplicate the sales team merges by hand");
        assertThat(errors.find(conflict).orElseThrow()).satisfies(error -> {
            assertThat(error.status()).isEqualTo(ErrorStatus.DISMISSED);
            assertThat(error.closure()).contains(new ErrorClosure("ops@example.com",
                    "a duplicate the sales team merges by hand", clock.instant()));
        });
        assertThatThrownBy(() -> errors.markRetrying(conflict)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DISMISSED");
        assertThatThrownBy(() -> errors.dismiss(999, "ops@example.com", "x"))
                .isInstanceOf(NoSuchElementException.class);

        errors.markRetrying(badEmail);
        SyncFailure.Permanent again = new SyncFailure.Permanent("REQUIRED_FIELD_MISSING", "Company missing", "c-2",
                List.of("Company"));
        errors.reopen(badEmail, again, 3);
        assertThat(errors.find(badEmail).orElseThrow()).satisfies(error -> {
            assertThat(error.status()).isEqualTo(ErrorStatus.OPEN);
            assertThat(error.failure()).isEqualTo(again);
            assertThat(error.attempts()).isEqualTo(3);
        });
        errors.markRetrying(badEmail);
        errors.resolve(badEmail, "retry settled: written to SALESFORCE:Lead:00Q1");
        assertThat(errors.find(badEmail).orElseThrow().closure()).hasValueSatisfying(c ->
                assertThat(c.by()).isEqualTo(ErrorClosure.LEADBRIDGE));
        assertThat(errors.open(10)).isEmpty();
        assertThat(errors.count(ErrorFilter.ALL)).isEqualTo(2);
    }

    @Test
    void aParkedChangeIsQueuedAgainAsTheRetryOfItsErrorOnlyOnce() {
        ChangeEvent event = contact("41", T0, "c@example.com");
        inbox.append(event);
        InboxEntry first = inbox.claim(10, clock.instant(), Duration.ofMinutes(1)).get(0);
        inbox.park(first.id(), new SyncFailure.Conflict("IDENTITY_CONFLICT", "two people", ""));

        assertThat(inbox.requeue(event.dedupKey(), 7, clock.instant())).isTrue();
        assertThat(inbox.requeue(event.dedupKey(), 7, clock.instant())).isFalse();
        assertThat(inbox.pendingCount()).isEqualTo(1);
        assertThat(inbox.claim(10, clock.instant(), Duration.ofMinutes(1))).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(event);
            assertThat(entry.retryOf()).contains(7L);
            assertThat(entry.attempts()).isZero();
        });
    }

    @Test
    void aBackfillRunKeepsItsCursorAndCountsUntilItFinishesAndOnlyThenMayStartAgain() {
        JdbcBackfillRuns runs = new JdbcBackfillRuns(db.jdbc(), db.tx());
        Watermark from = new Watermark(T0, "");
        runs.start(CONTACTS, from, T0);
        assertThatThrownBy(() -> runs.start(CONTACTS, from, T0)).isInstanceOf(IllegalStateException.class);

        runs.advance(CONTACTS, new Watermark(T0.plusSeconds(5), "7"), 200, 180, false, T0.plusSeconds(10));
        runs.advance(CONTACTS, new Watermark(T0.plusSeconds(9), "12"), 20, 20, true, T0.plusSeconds(20));

        assertThat(runs.find(CONTACTS)).hasValueSatisfying(run -> {
            assertThat(run.from()).isEqualTo(from);
            assertThat(run.cursor()).isEqualTo(new Watermark(T0.plusSeconds(9), "12"));
            assertThat(run.read()).isEqualTo(220);
            assertThat(run.stored()).isEqualTo(200);
            assertThat(run.finishedAt()).contains(T0.plusSeconds(20));
        });
        assertThatThrownBy(() -> runs.advance(CONTACTS, from, 1, 1, false, T0))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(runs.start(CONTACTS, Watermark.BEGINNING, T0.plusSeconds(30)).running()).isTrue();
        assertThat(runs.all()).singleElement().satisfies(run -> assertThat(run.read()).isZero());
    }

    private static ChangeEvent contact(String id, Instant modifiedAt, String email) {
        Person person = Person.builder().with(PersonField.EMAIL, email).with(PersonField.FIRST_NAME, "Ada").build();
        return ChangeEvent.polled(CONTACTS, new ExternalRef(CrmSystem.HUBSPOT, "contact", id), modifiedAt, person);
    }
}
