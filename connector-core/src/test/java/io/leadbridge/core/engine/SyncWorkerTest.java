package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.SALESFORCE_LEADS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static io.leadbridge.core.testing.ChangeEvents.positionOf;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.RecordLocks;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryChangeInbox.Status;
import io.leadbridge.core.testing.InMemoryChangeInbox.Stored;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SyncWorkerTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private SyncWorkerHarness h = SyncWorkerHarness.standard();

    @Nested
    class Writing {

        @Test
        void aBatchOfChangesBecomesOneSinkCallPerTargetWithThePlannedChanges() {
            ChangeEvent ada = inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent grace = inbox(polledContact("102", at(2), People.aPerson().withEmail("grace@navy.example")
                    .withFirstName("Grace").withLastName("Hopper").withCompany(null).build()));
            ChangeEvent kim = inbox(polledLead("00Q000000000001AAA", at(3), People.nobody()
                    .withEmail("kim@acme.example").withFirstName("Kim").withLastName("Lee").withPhone("+47 555 0100")
                    .withTitle("CTO").withCompany("Acme").build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(3, 3, 0, 0, 0, 0));
            assertThat(h.salesforce().calls()).hasSize(1);
            assertThat(h.salesforce().calls().get(0)).extracting(PersonWrite::source)
                    .containsExactly(ada.ref(), grace.ref());
            assertThat(h.salesforce().calls().get(0).get(0).changes()).isEqualTo(Map.of(
                    PersonField.EMAIL, "ada.lovelace@analytical-engines.example",
                    PersonField.FIRST_NAME, "Ada",
                    PersonField.LAST_NAME, "Lovelace",
                    PersonField.TITLE, "Head of Research",
                    PersonField.COMPANY, "Analytical Engines"));
            assertThat(h.salesforce().calls().get(0).get(1).changes())
                    .doesNotContainKeys(PersonField.COMPANY, PersonField.PHONE)
                    .containsEntry(PersonField.FIRST_NAME, "Grace");
            assertThat(h.hubspot().calls()).hasSize(1);
            assertThat(h.hubspot().calls().get(0)).singleElement().satisfies(write -> {
                assertThat(write.source()).isEqualTo(kim.ref());
                assertThat(write.changes()).isEqualTo(Map.of(
                        PersonField.EMAIL, "kim@acme.example",
                        PersonField.FIRST_NAME, "Kim",
                        PersonField.LAST_NAME, "Lee",
                        PersonField.PHONE, "+47 555 0100"));
                assertThat(write.idempotencyKey()).isEqualTo(kim.dedupKey());
            });
        }

        @Test
        void settlesWrittenChangesRecordsTheirVersionAndMovesEachStreamsWatermark() {
            inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent last = inbox(polledContact("102", at(2), People.aPerson().build()));
            ChangeEvent lead = inbox(polledLead("00Q000000000001AAA", at(3), People.aPerson().build()));

            h.worker().processBatch(10);

            assertThat(h.inbox().pendingCount()).isZero();
            assertThat(h.inbox().entries()).extracting(Stored::status).containsOnly(Status.DONE);
            assertThat(h.applied().lastApplied(last.ref())).contains(at(2));
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(last));
            assertThat(h.watermarks().load(SALESFORCE_LEADS)).contains(positionOf(lead));
        }

        @Test
        void splitsTheWritesForOneTargetIntoCallsOfAtMostTheSinksBatchSize() {
            h = SyncWorkerHarness.withBatchSize(2);
            for (int n = 1; n <= 5; n++) {
                inbox(polledContact(Integer.toString(100 + n), at(n), someone(n)));
            }

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.written()).isEqualTo(5);
            assertThat(h.salesforce().calls()).extracting(List::size).containsExactly(2, 2, 1);
        }

        @Test
        void claimsNoMoreThanTheBatchSizeAndLeavesTheRestForTheNextBatch() {
            inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent second = inbox(polledContact("102", at(2), People.aPerson().build()));
            ChangeEvent third = inbox(polledContact("103", at(3), People.aPerson().build()));

            BatchReport first = h.worker().processBatch(1);

            assertThat(first.claimed()).isEqualTo(1);
            assertThat(h.inbox().pendingCount()).isEqualTo(2);
            assertThat(h.worker().processBatch(10).written()).isEqualTo(2);
            assertThat(h.salesforce().applied()).extracting(PersonWrite::source)
                    .containsExactly(hubspotContact("101"), second.ref(), third.ref());
        }

        @Test
        void theIdMapLinksTheCreatedSalesforceLeadToThePerson() {
            ChangeEvent ada = inbox(polledContact("101", at(1), People.aPerson().build()));

            h.worker().processBatch(10);

            ExternalRef lead = h.salesforce().targetOf(ada.ref()).orElseThrow();
            assertThat(lead.system()).isEqualTo(CrmSystem.SALESFORCE);
            assertThat(lead.objectType()).isEqualTo("Lead");
            PersonId person = h.ids().find(ada.ref()).orElseThrow();
            assertThat(h.ids().refIn(person, CrmSystem.SALESFORCE)).contains(lead);
            assertThat(h.ids().find(lead)).contains(person);
        }

        @Test
        void aLaterChangeUpdatesTheLinkedLeadInsteadOfCreatingAnother() {
            ChangeEvent first = inbox(polledContact("101", at(1), People.aPerson().build()));
            h.worker().processBatch(10);
            ExternalRef lead = h.salesforce().targetOf(first.ref()).orElseThrow();

            inbox(polledContact("101", at(30), People.aPerson().withTitle("Chief Scientist").build()));
            h.worker().processBatch(10);

            assertThat(h.salesforce().recordCount()).isEqualTo(1);
            assertThat(h.salesforce().applied()).last().satisfies(w -> assertThat(w.target()).contains(lead));
            assertThat(h.salesforce().record(lead)).containsEntry(PersonField.TITLE, "Chief Scientist");
        }

        @Test
        void releasesEveryRecordLockItTook() {
            inbox(polledContact("101", at(1), someone(1)));
            inbox(polledContact("102", at(2), someone(2)));
            h.salesforce().failNextCalls(1, Failures.retriable());

            h.worker().processBatch(10);

            assertThat(h.locks().heldKeys()).isEmpty();
        }

        @Test
        void anEmptyInboxDoesNothing() {
            assertThat(h.worker().processBatch(10)).isEqualTo(new BatchReport(0, 0, 0, 0, 0, 0));
            assertThat(h.salesforce().calls()).isEmpty();
            assertThat(h.hubspot().calls()).isEmpty();
        }

        @Test
        void aWebhookChangeIsWrittenWithoutMovingAnyWatermark() {
            ChangeEvent hook = inbox(ChangeEvents.webhook(hubspotContact("101"), at(1), People.aPerson().build()));

            h.worker().processBatch(10);

            assertThat(h.salesforce().appliedFor(hook.ref())).hasSize(1);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).isEmpty();
        }
    }

    @Nested
    class OrderingAndStaleness {

        @Test
        void theNewestChangePerRecordWinsAndTheOlderOneIsSettled() {
            ChangeEvent older = inbox(polledContact("101", at(1), People.aPerson().withTitle("CTO").build()));
            ChangeEvent newer = inbox(polledContact("101", at(2), People.aPerson().withTitle("CEO").build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.written()).isEqualTo(1);
            assertThat(report.settledWithoutWrite()).isEqualTo(1);
            assertThat(h.salesforce().applied()).singleElement()
                    .satisfies(w -> assertThat(w.changes()).containsEntry(PersonField.TITLE, "CEO"));
            assertThat(h.inbox().entryFor(older).orElseThrow().status()).isEqualTo(Status.DONE);
            assertThat(h.applied().lastApplied(newer.ref())).contains(at(2));
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(newer));
        }

        @Test
        void theNewestChangeWinsEvenWhenItArrivedFirst() {
            ChangeEvent newer = inbox(ChangeEvents.webhook(hubspotContact("101"), at(2),
                    People.aPerson().withTitle("CEO").build()));
            inbox(polledContact("101", at(1), People.aPerson().withTitle("CTO").build()));

            h.worker().processBatch(10);

            assertThat(h.salesforce().applied()).singleElement()
                    .satisfies(w -> assertThat(w.idempotencyKey()).isEqualTo(newer.dedupKey()));
        }

        @Test
        void aChangeOlderThanTheAppliedVersionIsDroppedAndSettled() {
            h.applied().record(hubspotContact("101"), at(5));
            ChangeEvent late = inbox(polledContact("101", at(3), People.aPerson().build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(1, 0, 1, 0, 0, 0));
            assertThat(h.salesforce().calls()).isEmpty();
            assertThat(h.inbox().entryFor(late).orElseThrow().status()).isEqualTo(Status.DONE);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(late));
        }

        @Test
        void aChangeAtExactlyTheAppliedVersionIsDropped() {
            h.applied().record(hubspotContact("101"), at(1));
            inbox(polledContact("101", at(1), People.aPerson().build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.settledWithoutWrite()).isEqualTo(1);
            assertThat(h.salesforce().calls()).isEmpty();
        }

        @Test
        void aDeletionIsNotPropagatedButAnOlderUpdateCannotResurrectTheRecord() {
            ChangeEvent deletion = inbox(ChangeEvents.polledDeletion(HUBSPOT_CONTACTS, hubspotContact("101"), at(5)));
            h.worker().processBatch(10);
            inbox(ChangeEvents.webhook(hubspotContact("101"), at(4), People.aPerson().build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.settledWithoutWrite()).isEqualTo(1);
            assertThat(h.salesforce().calls()).isEmpty();
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(deletion));
        }

        @Test
        void aChangeWithNothingToWriteIsSettledWithoutACall() {
            h = SyncWorkerHarness.withMappings(FieldMappingsFixture.allWith(FieldOwnership.ALWAYS_SALESFORCE));
            ChangeEvent change = inbox(polledContact("101", at(1), People.aPerson().build()));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.settledWithoutWrite()).isEqualTo(1);
            assertThat(h.salesforce().calls()).isEmpty();
            assertThat(h.applied().lastApplied(change.ref())).contains(at(1));
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(change));
        }
    }

    @Nested
    class WhenWritesFail {

        @Test
        void aWholeBatchRetriableFailureKeepsTheChangesPendingWithBackoffAndHoldsTheWatermark() {
            inbox(polledContact("101", at(1), someone(1)));
            inbox(polledContact("102", at(2), someone(2)));
            h.salesforce().failNextCalls(1, Failures.retriable());

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(2, 0, 0, 0, 2, 0));
            Instant retryAt = h.clock().instant().plus(RetryPolicy.DEFAULT.backoffAfter(1));
            assertThat(h.inbox().entries()).allSatisfy(e -> {
                assertThat(e.status()).isEqualTo(Status.PENDING);
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.notBefore()).isEqualTo(retryAt);
                assertThat(e.lastFailure()).contains(Failures.retriable());
            });
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).isEmpty();
            assertThat(h.errors().all()).isEmpty();
        }

        @Test
        void afterTheBackoffALaterBatchWritesEachRecordExactlyOnceAndMovesTheWatermarkToTheLastPosition() {
            ChangeEvent first = inbox(polledContact("101", at(1), someone(1)));
            ChangeEvent last = inbox(polledContact("102", at(2), someone(2)));
            h.salesforce().failNextCalls(1, Failures.retriable());
            h.worker().processBatch(10);

            BatchReport tooEarly = h.worker().processBatch(10);
            h.clock().advance(RetryPolicy.DEFAULT.backoffAfter(1));
            BatchReport retried = h.worker().processBatch(10);

            assertThat(tooEarly.claimed()).isZero();
            assertThat(retried).isEqualTo(new BatchReport(2, 2, 0, 0, 0, 0));
            assertThat(h.salesforce().appliedFor(first.ref())).hasSize(1);
            assertThat(h.salesforce().appliedFor(last.ref())).hasSize(1);
            assertThat(h.salesforce().recordCount()).isEqualTo(2);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(last));
            assertThat(h.watermarks().history(HUBSPOT_CONTACTS)).containsExactly(positionOf(last));
        }

        @Test
        void aPermanentFailureOfOneRecordParksItWhileTheRestAreWrittenAndTheWatermarkMovesPastIt() {
            ChangeEvent ada = inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent bad = inbox(polledContact("102", at(2), People.aPerson().build()));
            ChangeEvent kim = inbox(polledContact("103", at(3), People.aPerson().build()));
            SyncFailure.Permanent rejected = Failures.permanent("Company");
            h.salesforce().failRecord(bad.ref(), rejected);

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(3, 2, 0, 0, 0, 1));
            assertThat(h.salesforce().applied()).extracting(PersonWrite::source).containsExactly(ada.ref(), kim.ref());
            assertThat(h.errors().open(10)).singleElement().satisfies(error -> {
                assertThat(error.event()).isEqualTo(bad);
                assertThat(error.failure()).isEqualTo(rejected);
                assertThat(error.attempts()).isEqualTo(1);
                assertThat(error.failedAt()).isEqualTo(h.clock().instant());
            });
            assertThat(h.inbox().entryFor(bad).orElseThrow().status()).isEqualTo(Status.PARKED);
            assertThat(h.inbox().pendingCount()).isZero();
            assertThat(h.applied().lastApplied(bad.ref())).isEmpty();
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(kim));
        }

        @Test
        void aConflictIsParkedAtOnce() {
            ChangeEvent duplicate = inbox(polledContact("101", at(1), People.aPerson().build()));
            h.salesforce().failRecord(duplicate.ref(), Failures.conflict());

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.parked()).isEqualTo(1);
            assertThat(h.errors().openFor(duplicate.ref())).extracting(SyncError::failure)
                    .containsExactly(Failures.conflict());
        }

        @Test
        void aRateLimitWaitsTheVendorsRetryAfterWithoutCountingAnAttempt() {
            ChangeEvent change = inbox(polledContact("101", at(1), People.aPerson().build()));
            h.salesforce().failNextCalls(1, Failures.rateLimited(Duration.ofSeconds(30)));

            BatchReport limited = h.worker().processBatch(10);

            assertThat(limited.retrying()).isEqualTo(1);
            Stored entry = h.inbox().entryFor(change).orElseThrow();
            assertThat(entry.attempts()).isZero();
            assertThat(entry.notBefore()).isEqualTo(h.clock().instant().plusSeconds(30));

            h.clock().advance(Duration.ofSeconds(29));
            assertThat(h.worker().processBatch(10).claimed()).isZero();
            h.clock().advance(Duration.ofSeconds(1));
            assertThat(h.worker().processBatch(10).written()).isEqualTo(1);
        }

        @Test
        void rateLimitsNeverExhaustTheRetryPolicy() {
            h = SyncWorkerHarness.withRetryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1)));
            ChangeEvent change = inbox(polledContact("101", at(1), People.aPerson().build()));
            h.salesforce().failNextCalls(5, Failures.rateLimited(Duration.ofSeconds(10)));

            for (int i = 0; i < 5; i++) {
                assertThat(h.worker().processBatch(10).retrying()).isEqualTo(1);
                h.clock().advance(Duration.ofSeconds(10));
            }

            assertThat(h.errors().all()).isEmpty();
            assertThat(h.inbox().entryFor(change).orElseThrow().attempts()).isZero();
            assertThat(h.worker().processBatch(10).written()).isEqualTo(1);
        }

        @Test
        void retriableFailuresBackOffExponentiallyAndAreParkedAfterMaxAttempts() {
            h = SyncWorkerHarness.withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));
            ChangeEvent change = inbox(polledContact("101", at(1), People.aPerson().build()));
            h.salesforce().failNextCalls(3, Failures.retriable());
            Instant start = h.clock().instant();

            h.worker().processBatch(10);
            assertThat(h.inbox().entryFor(change).orElseThrow())
                    .extracting(Stored::attempts, Stored::notBefore).containsExactly(1, start.plusSeconds(1));
            h.clock().advance(Duration.ofSeconds(1));
            h.worker().processBatch(10);
            assertThat(h.inbox().entryFor(change).orElseThrow())
                    .extracting(Stored::attempts, Stored::notBefore).containsExactly(2, start.plusSeconds(3));
            h.clock().advance(Duration.ofSeconds(2));
            BatchReport last = h.worker().processBatch(10);

            assertThat(last.parked()).isEqualTo(1);
            assertThat(h.errors().open(10)).singleElement().satisfies(error -> {
                assertThat(error.attempts()).isEqualTo(3);
                assertThat(error.failure()).isEqualTo(Failures.retriable());
            });
            assertThat(h.inbox().entryFor(change).orElseThrow().status()).isEqualTo(Status.PARKED);
            assertThat(h.salesforce().calls()).hasSize(3);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(change));
        }

        @Test
        void aWriteLandingOnARecordOfAnotherPersonIsParkedAsAConflictAndTheRestOfTheBatchIsSettled() {
            ExternalRef taken = salesforceLead("00Q000000000777AAA");
            PersonId owner = h.ids().personFor(hubspotContact("555"));
            h.ids().link(owner, taken);
            ChangeEvent clash = inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent fine = inbox(polledContact("102", at(2), People.aPerson().build()));
            h.salesforce().seedMatching(clash.ref(), taken, Map.of(PersonField.EMAIL, "ada@elsewhere.example"));

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(2, 1, 0, 0, 0, 1));
            assertThat(h.errors().openFor(clash.ref())).singleElement().satisfies(error -> {
                assertThat(error.failure()).isInstanceOf(SyncFailure.Conflict.class);
                assertThat(error.failure().code()).isEqualTo("ID_MAP_CONFLICT");
                assertThat(error.failure().message()).contains(taken.key());
            });
            assertThat(h.ids().find(taken)).contains(owner);
            assertThat(h.inbox().entryFor(fine).orElseThrow().status()).isEqualTo(Status.DONE);
            assertThat(h.inbox().pendingCount()).isZero();
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(fine));
        }

        @Test
        void aFailureTowardsOneCrmDoesNotHoldBackWritesToTheOther() {
            inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent lead = inbox(polledLead("00Q000000000001AAA", at(2), People.aPerson().build()));
            h.salesforce().failNextCalls(1, Failures.retriable());

            BatchReport report = h.worker().processBatch(10);

            assertThat(report.written()).isEqualTo(1);
            assertThat(report.retrying()).isEqualTo(1);
            assertThat(h.hubspot().appliedFor(lead.ref())).hasSize(1);
            assertThat(h.watermarks().load(SALESFORCE_LEADS)).contains(positionOf(lead));
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).isEmpty();
        }
    }

    @Nested
    class Locking {

        @Test
        void aChangeWhosePersonsEmailAnotherWorkerHoldsIsReleasedWithItsRecordLockAndWrittenOnceTheEmailIsFree() {
            ChangeEvent ada = inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent kim = inbox(polledContact("103", at(3), People.aPerson().withEmail(" Kim@Acme.example").build()));
            RecordLocks.Held otherWorker = h.locks().tryLock("email:kim@acme.example").orElseThrow();

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(2, 1, 0, 1, 0, 0));
            assertThat(h.salesforce().applied()).extracting(PersonWrite::source).containsExactly(ada.ref());
            assertThat(h.locks().heldKeys()).containsExactly("email:kim@acme.example");

            otherWorker.close();
            assertThat(h.worker().processBatch(10).written()).isEqualTo(1);
            assertThat(h.salesforce().applied()).extracting(PersonWrite::source).containsExactly(ada.ref(), kim.ref());
            assertThat(h.locks().heldKeys()).isEmpty();
        }

        @Test
        void aBatchWhoseEveryChangeAnotherWorkerHoldsMadeNoProgressAndOneThatWroteAnyDid() {
            ChangeEvent kim = inbox(polledContact("103", at(3), People.aPerson().withEmail("kim@acme.example").build()));
            RecordLocks.Held otherWorker = h.locks().tryLock(kim.ref().key()).orElseThrow();

            BatchReport allReleased = h.worker().processBatch(10);

            assertThat(allReleased.released()).isEqualTo(1);
            assertThat(allReleased.madeProgress()).isFalse();
            otherWorker.close();
            assertThat(h.worker().processBatch(10).madeProgress()).isTrue();
            assertThat(h.worker().processBatch(10).madeProgress()).as("nothing left to claim").isFalse();
        }

        @Test
        void changesOfOneEmailInOneBatchTakeItsLockOnceAndAreAllWritten() {
            inbox(polledContact("101", at(1), People.aPerson().build()));
            inbox(polledContact("102", at(2), People.aPerson().build()));

            assertThat(h.worker().processBatch(10).written()).isEqualTo(2);
            assertThat(h.locks().refusals()).isZero();
        }

        @Test
        void aRecordLockedByAnotherWorkerIsReleasedNotWrittenAndTheWatermarkDoesNotPassIt() {
            ChangeEvent ada = inbox(polledContact("101", at(1), People.aPerson().build()));
            ChangeEvent busy = inbox(polledContact("102", at(2), People.aPerson().build()));
            ChangeEvent kim = inbox(polledContact("103", at(3), People.aPerson().build()));
            RecordLocks.Held otherWorker = h.locks().tryLock(busy.ref().key()).orElseThrow();

            BatchReport report = h.worker().processBatch(10);

            assertThat(report).isEqualTo(new BatchReport(3, 2, 0, 1, 0, 0));
            assertThat(h.salesforce().applied()).extracting(PersonWrite::source).containsExactly(ada.ref(), kim.ref());
            assertThat(h.inbox().entryFor(busy).orElseThrow())
                    .extracting(Stored::status, Stored::attempts).containsExactly(Status.PENDING, 0);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(ada));

            otherWorker.close();
            BatchReport next = h.worker().processBatch(10);

            assertThat(next.written()).isEqualTo(1);
            assertThat(h.salesforce().appliedFor(busy.ref())).hasSize(1);
            assertThat(h.watermarks().load(HUBSPOT_CONTACTS)).contains(positionOf(kim));
        }
    }

    @Test
    void changesClaimedByACrashedWorkerAreWrittenOnceTheirLeaseRunsOut() {
        ChangeEvent change = inbox(polledContact("101", at(1), People.aPerson().build()));
        h.inbox().claim(10, h.clock().instant(), SyncWorkerHarness.LEASE);

        BatchReport whileLeased = h.worker().processBatch(10);
        h.clock().advance(SyncWorkerHarness.LEASE);
        BatchReport afterLease = h.worker().processBatch(10);

        assertThat(whileLeased.claimed()).isZero();
        assertThat(afterLease.written()).isEqualTo(1);
        assertThat(h.salesforce().appliedFor(change.ref())).hasSize(1);
    }

    @Test
    void aSalesforceChangeLeavesHubSpotOwnedAndHubSpotPreferredFieldsAlone() {
        inbox(polledLead("00Q000000000001AAA", at(1), People.aPerson().build()));

        h.worker().processBatch(10);

        assertThat(h.hubspot().applied()).singleElement()
                .satisfies(w -> assertThat(w.source()).isEqualTo(salesforceLead("00Q000000000001AAA")))
                .satisfies(w -> assertThat(w.changes()).doesNotContainKeys(PersonField.TITLE, PersonField.COMPANY));
    }

    private ChangeEvent inbox(ChangeEvent event) {
        assertThat(h.inbox().append(event)).as("stored %s", event.dedupKey()).isTrue();
        return event;
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    /** A person of their own: changes of one email in one batch are planned in successive rounds. */
    private static Person someone(int n) {
        return People.aPerson().withEmail("person" + n + "@analytical-engines.example").build();
    }
}
