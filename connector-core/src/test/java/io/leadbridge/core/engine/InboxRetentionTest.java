package io.leadbridge.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxRetentionTest {

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();
    private final InboxRetention retention = new InboxRetention(h.inbox(), Duration.ofDays(7), h.clock());
    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim").build();

    @Test
    void aWrittenChangeIsDeletedOnceItIsOlderThanTheRetentionAndItsRereadIsDroppedAsApplied() {
        ChangeEvent change = ChangeEvents.polledContact("1001", h.clock().instant(), kim);
        h.inbox().append(change);
        h.worker().processBatch(10);

        h.clock().advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(retention.purge()).isZero();
        h.clock().advance(Duration.ofMinutes(2));
        assertThat(retention.purge()).isEqualTo(1);

        assertThat(h.inbox().entries()).isEmpty();
        assertThat(h.inbox().append(change)).as("the same version read again").isTrue();
        SyncWorker.BatchReport reread = h.worker().processBatch(10);
        assertThat(reread.settledWithoutWrite()).isEqualTo(1);
        assertThat(h.salesforce().calls()).hasSize(1);
    }

    @Test
    void parkedAndUnsettledChangesStay() {
        h.salesforce().failRecord(ChangeEvents.polledContact("1002", h.clock().instant(), kim).ref(),
                new SyncFailure.Permanent("INVALID_FIELD", "bad value", "", List.of()));
        h.inbox().append(ChangeEvents.polledContact("1002", h.clock().instant(), kim));
        h.worker().processBatch(10);
        h.inbox().append(ChangeEvents.polledContact("1003", h.clock().instant(), kim));

        h.clock().advance(Duration.ofDays(30));

        assertThat(retention.purge()).isZero();
        assertThat(h.inbox().entries()).extracting(InMemoryChangeInbox.Stored::status)
                .containsExactly(InMemoryChangeInbox.Status.PARKED, InMemoryChangeInbox.Status.PENDING);
    }

    @Test
    void purgesBatchAfterBatchUntilNothingOldIsLeft() {
        for (int i = 0; i < InboxRetention.BATCH + 5; i++) {
            h.inbox().append(ChangeEvents.polledContact(Integer.toString(5000 + i), h.clock().instant(),
                    People.nobody().withEmail("p" + i + "@acme.example").build()));
        }
        while (h.worker().processBatch(200).claimed() > 0) {
            h.clock().advance(Duration.ofSeconds(1));
        }
        h.clock().advance(Duration.ofDays(8));

        assertThat(retention.purge()).isEqualTo(InboxRetention.BATCH + 5);
        assertThat(h.inbox().entries()).isEmpty();
    }

    @Test
    void refusesARetentionShorterThanAnHour() {
        assertThatThrownBy(() -> new InboxRetention(h.inbox(), Duration.ofMinutes(59), h.clock()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least PT1H");
    }
}
