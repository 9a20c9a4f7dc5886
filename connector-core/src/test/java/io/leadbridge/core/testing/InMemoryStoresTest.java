package io.leadbridge.core.testing;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.RecordLocks;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.Watermark;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryStoresTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    @Nested
    class IdMapping {

        private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();

        @Test
        void givesTheSamePersonForTheSameRecord() {
            PersonId first = ids.personFor(hubspotContact("101"));

            assertThat(ids.personFor(hubspotContact("101"))).isEqualTo(first);
            assertThat(ids.personFor(hubspotContact("102"))).isNotEqualTo(first);
            assertThat(ids.refIn(first, CrmSystem.HUBSPOT)).contains(hubspotContact("101"));
        }

        @Test
        void linksOneRecordPerSystemToAPerson() {
            PersonId person = ids.personFor(hubspotContact("101"));

            ids.link(person, salesforceLead("00Q000000000001AAA"));
            ids.link(person, salesforceLead("00Q000000000001AAA"));

            assertThat(ids.refIn(person, CrmSystem.SALESFORCE)).contains(salesforceLead("00Q000000000001AAA"));
            assertThat(ids.find(salesforceLead("00Q000000000001AAA"))).contains(person);
        }

        @Test
        void movesThePersonsLinkWhenTheirRecordInASystemIsReplaced() {
            PersonId person = ids.personFor(salesforceLead("00Q000000000001AAA"));
            ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000001AAA");

            ids.link(person, contact);

            assertThat(ids.refIn(person, CrmSystem.SALESFORCE)).contains(contact);
            assertThat(ids.find(salesforceLead("00Q000000000001AAA"))).isEmpty();
        }

        @Test
        void refusesToGiveARecordToASecondPerson() {
            PersonId owner = ids.personFor(hubspotContact("101"));
            PersonId other = ids.personFor(hubspotContact("102"));

            assertThatThrownBy(() -> ids.link(other, hubspotContact("101")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(owner.toString());
        }
    }

    @Test
    void watermarksNeverMoveBackwards() {
        InMemoryWatermarkStore store = new InMemoryWatermarkStore();
        Watermark later = new Watermark(T0.plusSeconds(1), "5");

        assertThat(store.commit(HUBSPOT_CONTACTS, later)).isTrue();
        assertThat(store.commit(HUBSPOT_CONTACTS, new Watermark(T0, "7"))).isFalse();
        assertThat(store.commit(HUBSPOT_CONTACTS, later)).isFalse();

        assertThat(store.load(HUBSPOT_CONTACTS)).contains(later);
        assertThat(store.history(HUBSPOT_CONTACTS)).containsExactly(later);
    }

    @Test
    void appliedVersionsNeverMoveBackwards() {
        InMemoryAppliedVersionStore store = new InMemoryAppliedVersionStore();

        store.record(hubspotContact("101"), T0.plusSeconds(5));
        store.record(hubspotContact("101"), T0);

        assertThat(store.lastApplied(hubspotContact("101"))).contains(T0.plusSeconds(5));
        assertThat(store.lastApplied(hubspotContact("102"))).isEmpty();
    }

    @Test
    void theErrorQueueListsOpenErrorsNewestFirst() {
        MutableClock clock = MutableClock.atDefaultStart();
        InMemoryErrorQueue errors = new InMemoryErrorQueue(clock);
        long first = errors.add(ChangeEvents.polledContact("101", T0, People.aPerson().build()), Failures.conflict(), 1);
        clock.advance(Duration.ofMinutes(1));
        long second = errors.add(ChangeEvents.polledContact("102", T0, People.aPerson().build()),
                Failures.permanent("Email"), 2);
        clock.advance(Duration.ofMinutes(1));
        long third = errors.add(ChangeEvents.polledContact("103", T0, People.aPerson().build()), Failures.retriable(), 8);

        errors.dismiss(second, "admin@example.com", "duplicate of another record");

        assertThat(errors.open(10)).extracting(SyncError::id).containsExactly(third, first);
        assertThat(errors.open(1)).extracting(SyncError::id).containsExactly(third);
        assertThat(errors.all()).extracting(SyncError::failedAt)
                .containsExactly(MutableClock.DEFAULT_START, MutableClock.DEFAULT_START.plusSeconds(60),
                        MutableClock.DEFAULT_START.plusSeconds(120));
    }

    @Test
    void aRecordLockIsHeldByOneHolderUntilClosed() {
        InMemoryRecordLocks locks = new InMemoryRecordLocks();
        Optional<RecordLocks.Held> first = locks.tryLock("HUBSPOT:contact:101");

        assertThat(first).isPresent();
        assertThat(locks.tryLock("HUBSPOT:contact:101")).isEmpty();
        assertThat(locks.tryLock("HUBSPOT:contact:102")).isPresent();

        first.get().close();
        first.get().close();

        assertThat(locks.isLocked("HUBSPOT:contact:101")).isFalse();
        assertThat(locks.tryLock("HUBSPOT:contact:101")).isPresent();
        assertThat(locks.refusals()).isEqualTo(1);
    }

    @Test
    void theMutableClockMovesOnlyWhenTold() {
        MutableClock clock = MutableClock.startingAt(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(T0.plusSeconds(90));
        assertThat(clock.withZone(java.time.ZoneId.of("Europe/Oslo")).instant()).isEqualTo(T0.plusSeconds(90));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
