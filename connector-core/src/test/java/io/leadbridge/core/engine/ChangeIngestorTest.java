package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.FakeCrmSource;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import io.leadbridge.core.testing.People;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeIngestorTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final FakeCrmSource hubspot = new FakeCrmSource(CrmSystem.HUBSPOT, HUBSPOT_CONTACTS);
    private final InMemoryChangeInbox inbox = new InMemoryChangeInbox();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final ExecutorService readAhead = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopReadingAhead() {
        readAhead.shutdownNow();
    }

    @Test
    void storesEveryChangeOfAFreshStreamInTheInbox() {
        List<ChangeEvent> changes = contacts(1, 3);

        ChangeIngestor.PollReport report = ingestor(10, 5).poll(HUBSPOT_CONTACTS);

        assertThat(report).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 3, 3, false));
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::since).containsExactly(Watermark.BEGINNING);
    }

    @Test
    void aRepollStoresNothingNew() {
        contacts(1, 3);
        ChangeIngestor ingestor = ingestor(10, 5);
        ingestor.poll(HUBSPOT_CONTACTS);

        ChangeIngestor.PollReport again = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(again.stored()).isZero();
        assertThat(inbox.size()).isEqualTo(3);
    }

    @Test
    void aChangeAlreadyReceivedByWebhookIsNotStoredAgainByThePoller() {
        ChangeEvent polled = contacts(1, 1).get(0);
        inbox.append(ChangeEvents.webhook(polled.ref(), polled.modifiedAt(), polled.person().orElseThrow()));

        ChangeIngestor.PollReport report = ingestor(10, 5).poll(HUBSPOT_CONTACTS);

        assertThat(report.read()).isEqualTo(1);
        assertThat(report.stored()).isZero();
        assertThat(inbox.size()).isEqualTo(1);
    }

    @Test
    void readsAfterTheCommittedWatermarkWhenTheInboxHoldsNothingFurther() {
        List<ChangeEvent> changes = contacts(1, 5);
        Watermark committed = ChangeEvents.positionOf(changes.get(2));
        watermarks.commit(HUBSPOT_CONTACTS, committed);

        ChangeIngestor.PollReport report = ingestor(10, 5).poll(HUBSPOT_CONTACTS);

        assertThat(hubspot.reads().get(0).since()).isEqualTo(committed);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(inbox.entries()).extracting(e -> e.event().ref())
                .containsExactly(hubspotContact("4"), hubspotContact("5"));
    }

    @Test
    void readsAfterTheHighestStoredPositionWhenItIsAheadOfTheCommittedWatermark() {
        List<ChangeEvent> changes = contacts(1, 5);
        watermarks.commit(HUBSPOT_CONTACTS, ChangeEvents.positionOf(changes.get(0)));
        inbox.append(changes.get(3));

        ChangeIngestor.PollReport report = ingestor(10, 5).poll(HUBSPOT_CONTACTS);

        assertThat(hubspot.reads().get(0).since()).isEqualTo(ChangeEvents.positionOf(changes.get(3)));
        assertThat(report.read()).isEqualTo(1);
        assertThat(inbox.entries()).extracting(e -> e.event().ref())
                .containsExactly(hubspotContact("4"), hubspotContact("5"));
    }

    @Test
    void stopsAfterMaxPagesPerPollAndContinuesWhereItStoppedOnTheNextPoll() {
        contacts(1, 10);
        ChangeIngestor ingestor = ingestor(2, 3);

        ChangeIngestor.PollReport first = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(first).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 6, 6, true));
        assertThat(hubspot.reads()).hasSize(3).allSatisfy(read -> assertThat(read.maxItems()).isEqualTo(2));

        ChangeIngestor.PollReport second = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(second).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 4, 4, false));
        assertThat(inbox.entries()).extracting(e -> e.event().ref().id())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void pagesThroughNumericIdsThatShareOneMillisecond() {
        for (int id = 8; id <= 12; id++) {
            hubspot.upsert(HUBSPOT_CONTACTS, hubspotContact(Integer.toString(id)), T0,
                    People.aPerson().withEmail("p" + id + "@acme.example").build());
        }

        ChangeIngestor.PollReport report = ingestor(2, 10).poll(HUBSPOT_CONTACTS);

        assertThat(report).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 5, 5, false));
        assertThat(inbox.entries()).extracting(e -> e.event().ref().id()).containsExactly("8", "9", "10", "11", "12");
        assertThat(inbox.highestPosition(HUBSPOT_CONTACTS)).contains(new Watermark(T0, "12"));
    }

    @Test
    void picksUpARecordThatChangedAgainAfterItWasStored() {
        contacts(1, 2);
        ChangeIngestor ingestor = ingestor(10, 5);
        ingestor.poll(HUBSPOT_CONTACTS);
        ChangeEvent edited = hubspot.upsert(HUBSPOT_CONTACTS, hubspotContact("1"), T0.plus(Duration.ofHours(1)),
                People.aPerson().withTitle("CFO").build());

        ChangeIngestor.PollReport report = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(report.stored()).isEqualTo(1);
        assertThat(inbox.entryFor(edited)).isPresent();
    }

    @Test
    void aFailedReadStoresNothingAndLeavesTheFailureToTheCaller() {
        contacts(1, 2);
        hubspot.failNextReads(1, Failures.retriable());

        assertThatThrownBy(() -> ingestor(10, 5).poll(HUBSPOT_CONTACTS)).isInstanceOf(SyncFailureException.class);
        assertThat(inbox.size()).isZero();
    }

    @Test
    void readsThePollsNextPageWhileItStoresThePageBefore() {
        List<ChangeEvent> changes = contacts(1, 5);
        ReadsOfHubSpot source = new ReadsOfHubSpot(0);
        AtomicBoolean secondReadBeforeFirstStored = new AtomicBoolean();
        AtomicInteger stores = new AtomicInteger();
        ChangeInbox storing = inboxBefore(() -> {
            if (stores.incrementAndGet() == 1) {
                secondReadBeforeFirstStored.set(source.awaitRead(2));
            }
        });

        ChangeIngestor.PollReport report = new ChangeIngestor(source, storing, watermarks, 2, 5, readAhead)
                .poll(HUBSPOT_CONTACTS);

        assertThat(secondReadBeforeFirstStored).isTrue();
        assertThat(report).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 5, 5, false));
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::since).containsExactly(Watermark.BEGINNING,
                ChangeEvents.positionOf(changes.get(1)), ChangeEvents.positionOf(changes.get(3)));
    }

    @Test
    void carriesTheReadAfterThePollsLastPageOverToTheNextPoll() {
        List<ChangeEvent> changes = contacts(1, 6);
        ReadsOfHubSpot source = new ReadsOfHubSpot(0);
        ChangeIngestor ingestor = new ChangeIngestor(source, inbox, watermarks, 2, 2, readAhead);

        ChangeIngestor.PollReport first = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(first).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 4, 4, true));
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event)
                .containsExactlyElementsOf(changes.subList(0, 4));
        assertThat(source.awaitRead(3)).isTrue();

        ChangeIngestor.PollReport second = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(second).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 2, 2, false));
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::since).containsExactly(Watermark.BEGINNING,
                ChangeEvents.positionOf(changes.get(1)), ChangeEvents.positionOf(changes.get(3)));
    }

    @Test
    void dropsACarriedReadWhenTheNextPollStartsElsewhere() {
        List<ChangeEvent> changes = contacts(1, 6);
        ChangeIngestor ingestor = new ChangeIngestor(hubspot, inbox, watermarks, 2, 2, readAhead);
        ingestor.poll(HUBSPOT_CONTACTS);
        awaitReads(3);
        inbox.append(changes.get(4));

        ChangeIngestor.PollReport second = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(second).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 1, 1, false));
        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::since).endsWith(
                ChangeEvents.positionOf(changes.get(3)), ChangeEvents.positionOf(changes.get(4)));
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
    }

    @Test
    void aCarriedReadThatFailedFailsTheNextPollAndThePollAfterReadsAgain() {
        List<ChangeEvent> changes = contacts(1, 6);
        ReadsOfHubSpot source = new ReadsOfHubSpot(3);
        ChangeIngestor ingestor = new ChangeIngestor(source, inbox, watermarks, 2, 2, readAhead);
        ingestor.poll(HUBSPOT_CONTACTS);

        assertThatThrownBy(() -> ingestor.poll(HUBSPOT_CONTACTS)).isInstanceOf(SyncFailureException.class);
        assertThat(inbox.size()).isEqualTo(4);

        ChangeIngestor.PollReport third = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(third.stored()).isEqualTo(2);
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
    }

    @Test
    void withoutReadAheadReadsNoPageAfterThePollsLastOne() {
        contacts(1, 6);
        ChangeIngestor ingestor = ingestor(2, 2);

        ChangeIngestor.PollReport first = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(first).isEqualTo(new ChangeIngestor.PollReport(HUBSPOT_CONTACTS, 4, 4, true));
        assertThat(hubspot.reads()).hasSize(2);
    }

    @Test
    void aPageThatFailsToStoreEndsThePollAndTheNextPollReadsFromItAgain() {
        List<ChangeEvent> changes = contacts(1, 4);
        AtomicInteger stores = new AtomicInteger();
        ChangeInbox failingOnce = inboxBefore(() -> {
            if (stores.incrementAndGet() == 1) {
                throw new IllegalStateException("database unavailable");
            }
        });
        ChangeIngestor ingestor = new ChangeIngestor(hubspot, failingOnce, watermarks, 2, 5, readAhead);

        assertThatThrownBy(() -> ingestor.poll(HUBSPOT_CONTACTS)).hasMessage("database unavailable");
        assertThat(inbox.size()).isZero();

        ChangeIngestor.PollReport report = ingestor.poll(HUBSPOT_CONTACTS);

        assertThat(report.stored()).isEqualTo(4);
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event).containsExactlyElementsOf(changes);
    }

    @Test
    void aFailedReadAheadKeepsThePagesStoredBeforeAndLeavesTheFailureToTheCaller() {
        List<ChangeEvent> changes = contacts(1, 4);
        ReadsOfHubSpot source = new ReadsOfHubSpot(2);

        assertThatThrownBy(() -> new ChangeIngestor(source, inbox, watermarks, 2, 5, readAhead)
                .poll(HUBSPOT_CONTACTS)).isInstanceOf(SyncFailureException.class);
        assertThat(inbox.entries()).extracting(InMemoryChangeInbox.Stored::event)
                .containsExactlyElementsOf(changes.subList(0, 2));
    }

    @Test
    void refusesANonPositivePageSizeOrPageCount() {
        assertThatThrownBy(() -> ingestor(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ingestor(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private ChangeIngestor ingestor(int pageSize, int maxPagesPerPoll) {
        return new ChangeIngestor(hubspot, inbox, watermarks, pageSize, maxPagesPerPoll);
    }

    /** Contacts {@code from..to}, contact {@code n} modified {@code n} minutes after T0. */
    private List<ChangeEvent> contacts(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(n -> hubspot.upsert(HUBSPOT_CONTACTS, hubspotContact(Integer.toString(n)),
                        T0.plus(Duration.ofMinutes(n)), People.aPerson().withEmail("p" + n + "@acme.example").build()))
                .toList();
    }

    /** The test's inbox, running {@code beforeEachPage} before it stores a page. */
    private ChangeInbox inboxBefore(Runnable beforeEachPage) {
        return (ChangeInbox) Proxy.newProxyInstance(ChangeInbox.class.getClassLoader(),
                new Class<?>[] {ChangeInbox.class}, (proxy, method, args) -> {
                    if (method.getName().equals("appendAll")) {
                        beforeEachPage.run();
                    }
                    try {
                        return method.invoke(inbox, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Waits until the fake HubSpot has recorded {@code n} reads: a read carried over runs on the read-ahead thread,
     * and a later poll's read must not be recorded before it.
     */
    private void awaitReads(int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hubspot.reads().size() < n) {
            assertThat(System.nanoTime()).as("HubSpot read " + n + " times within ten seconds").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** The test's HubSpot, counting reads; the {@code failingRead}-th read fails (none when 0). */
    private final class ReadsOfHubSpot implements CrmSource {

        private final int failingRead;
        private int reads;

        ReadsOfHubSpot(int failingRead) {
            this.failingRead = failingRead;
        }

        @Override
        public CrmSystem system() {
            return hubspot.system();
        }

        @Override
        public Set<StreamId> streams() {
            return hubspot.streams();
        }

        @Override
        public ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
            int read;
            synchronized (this) {
                read = ++reads;
                notifyAll();
            }
            if (read == failingRead) {
                throw new SyncFailureException(Failures.retriable());
            }
            return hubspot.readChanges(stream, since, maxItems);
        }

        /** Whether the {@code n}-th read starts within ten seconds; never, when it waits for something else. */
        synchronized boolean awaitRead(int n) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (reads < n) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
