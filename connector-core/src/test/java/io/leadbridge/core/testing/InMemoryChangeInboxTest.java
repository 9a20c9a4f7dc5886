package io.leadbridge.core.testing;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.SALESFORCE_LEADS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static io.leadbridge.core.testing.ChangeEvents.positionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.testing.InMemoryChangeInbox.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryChangeInboxTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final InMemoryChangeInbox inbox = new InMemoryChangeInbox();

    @Test
    void storesEachVersionOfARecordOnce() {
        ChangeEvent change = contact("101", 1);

        assertThat(inbox.append(change)).isTrue();
        assertThat(inbox.append(change)).isFalse();
        assertThat(inbox.append(ChangeEvents.webhook(change.ref(), change.modifiedAt(), People.aPerson().build())))
                .isFalse();
        assertThat(inbox.append(contact("101", 2))).isTrue();
        assertThat(inbox.size()).isEqualTo(2);
    }

    @Test
    void aPolledCopyOfAChangeAWebhookStoredGivesItTheStreamPositionSoPollsMovePastIt() {
        ChangeEvent polled = contact("101", 1);
        inbox.append(ChangeEvents.webhook(polled.ref(), polled.modifiedAt(), People.aPerson().build()));
        assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).isEmpty();

        assertThat(inbox.append(polled)).isFalse();

        assertThat(inbox.size()).isEqualTo(1);
        assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).contains(positionOf(polled));
    }

    @Nested
    class Claiming {

        @Test
        void claimsDueEntriesOldestFirstUpToMax() {
            inbox.append(contact("103", 3));
            inbox.append(contact("101", 1));
            inbox.append(contact("102", 2));

            List<InboxEntry> claimed = inbox.claim(2, NOW, LEASE);

            assertThat(claimed).extracting(InboxEntry::id).containsExactly(1L, 2L);
            assertThat(claimed).extracting(e -> e.event().ref().id()).containsExactly("103", "101");
            assertThat(inbox.claim(10, NOW, LEASE)).extracting(InboxEntry::id).containsExactly(3L);
        }

        @Test
        void aClaimedEntryIsNotClaimedAgainWhileItsLeaseRuns() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            assertThat(inbox.claim(10, NOW.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
        }

        @Test
        void aClaimComesBackWhenItsLeaseRunsOut() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            List<InboxEntry> reclaimed = inbox.claim(10, NOW.plus(LEASE), LEASE);

            assertThat(reclaimed).extracting(InboxEntry::id).containsExactly(1L);
            assertThat(inbox.entry(1).leaseUntil()).contains(NOW.plus(LEASE).plus(LEASE));
        }

        @Test
        void releaseGivesAnEntryBackAtOnceWithoutCountingAnAttempt() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            inbox.release(1);

            assertThat(inbox.entry(1)).extracting(InMemoryChangeInbox.Stored::status, InMemoryChangeInbox.Stored::attempts)
                    .containsExactly(Status.PENDING, 0);
            assertThat(inbox.claim(10, NOW, LEASE)).hasSize(1);
        }
    }

    @Nested
    class Retrying {

        @Test
        void retryLaterWaitsUntilNotBeforeAndCountsTheAttempt() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            inbox.retryLater(1, Failures.retriable(), NOW.plusSeconds(10), true);

            assertThat(inbox.claim(10, NOW.plusSeconds(9), LEASE)).isEmpty();
            List<InboxEntry> due = inbox.claim(10, NOW.plusSeconds(10), LEASE);
            assertThat(due).singleElement().extracting(InboxEntry::attempts).isEqualTo(1);
            assertThat(inbox.entry(1).lastFailure()).contains(Failures.retriable());
        }

        @Test
        void retryLaterWithoutCountingLeavesTheAttemptsAlone() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            inbox.retryLater(1, Failures.rateLimited(Duration.ofSeconds(5)), NOW.plusSeconds(5), false);

            assertThat(inbox.entry(1).attempts()).isZero();
            assertThat(inbox.entry(1).notBefore()).isEqualTo(NOW.plusSeconds(5));
        }

        @Test
        void parkSettlesTheEntryWithItsFailure() {
            inbox.append(contact("101", 1));
            inbox.claim(10, NOW, LEASE);

            inbox.park(1, Failures.permanent("Email"));

            assertThat(inbox.entry(1).status()).isEqualTo(Status.PARKED);
            assertThat(inbox.pendingCount()).isZero();
            assertThat(inbox.claim(10, NOW.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        }

        @Test
        void refusesToSettleOrReleaseAnEntryThatIsNotClaimed() {
            inbox.append(contact("101", 1));

            assertThatThrownBy(() -> inbox.complete(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PENDING");
            inbox.claim(10, NOW, LEASE);
            inbox.complete(1);
            assertThatThrownBy(() -> inbox.release(1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> inbox.park(1, Failures.conflict())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> inbox.complete(42)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Positions {

        @Test
        void highestPositionIsTheFurthestStoredPositionOfTheStreamSettledOrNot() {
            inbox.append(contact("101", 1));
            ChangeEvent furthest = contact("102", 5);
            inbox.append(furthest);
            inbox.append(contact("103", 3));
            inbox.append(polledLead("00Q000000000001AAA", T0.plus(Duration.ofMinutes(9)), People.aPerson().build()));

            assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).contains(positionOf(furthest));
        }

        @Test
        void highestPositionOrdersIdsAtTheSameMillisecondLikeWatermarks() {
            inbox.append(polledContact("10", T0, People.aPerson().build()));
            inbox.append(polledContact("9", T0, People.aPerson().build()));

            assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).contains(new Watermark(T0, "10"));
        }

        @Test
        void aStreamWithNothingStoredHasNoPositions() {
            inbox.append(ChangeEvents.webhook(hubspotContact("101"), T0, People.aPerson().build()));

            assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).isEmpty();
            assertThat(inbox.settledThrough(HUBSPOT_CONTACTS)).isEmpty();
        }

        @Test
        void settledThroughStopsBeforeTheFirstUnsettledChange() {
            ChangeEvent first = contact("101", 1);
            ChangeEvent second = contact("102", 2);
            ChangeEvent third = contact("103", 3);
            ChangeEvent fourth = contact("104", 4);
            List.of(first, second, third, fourth).forEach(inbox::append);
            inbox.claim(10, NOW, LEASE);

            inbox.complete(1);
            inbox.park(2, Failures.permanent());
            inbox.retryLater(3, Failures.retriable(), NOW.plusSeconds(5), true);
            inbox.complete(4);

            assertThat(inbox.settledThrough(HUBSPOT_CONTACTS)).contains(positionOf(second));
        }

        @Test
        void settledThroughIsEmptyWhileTheFirstChangeIsUnsettled() {
            inbox.append(contact("101", 1));
            inbox.append(contact("102", 2));
            inbox.claim(10, NOW, LEASE);
            inbox.complete(2);

            assertThat(inbox.settledThrough(HUBSPOT_CONTACTS)).isEmpty();
        }

        @Test
        void settledThroughReachesTheEndOnceEverythingIsSettled() {
            inbox.append(contact("101", 1));
            ChangeEvent last = contact("102", 2);
            inbox.append(last);
            inbox.claim(10, NOW, LEASE);
            inbox.complete(1);
            inbox.complete(2);

            assertThat(inbox.settledThrough(HUBSPOT_CONTACTS)).contains(positionOf(last));
            assertThat(inbox.settledThrough(SALESFORCE_LEADS)).isEmpty();
        }

        @Test
        void settledThroughFollowsPositionsNotArrivalOrder() {
            ChangeEvent later = contact("102", 2);
            ChangeEvent earlier = contact("101", 1);
            inbox.append(later);
            inbox.append(earlier);
            inbox.claim(10, NOW, LEASE);
            inbox.complete(1);
            inbox.release(2);

            assertThat(inbox.settledThrough(HUBSPOT_CONTACTS)).isEmpty();
        }

        @Test
        void pendingCountCountsPendingAndClaimedEntries() {
            inbox.append(contact("101", 1));
            inbox.append(contact("102", 2));
            inbox.append(contact("103", 3));
            inbox.claim(2, NOW, LEASE);
            inbox.complete(1);

            assertThat(inbox.pendingCount()).isEqualTo(2);
        }
    }

    private static ChangeEvent contact(String id, int minute) {
        return polledContact(id, T0.plus(Duration.ofMinutes(minute)), People.aPerson().build());
    }
}
