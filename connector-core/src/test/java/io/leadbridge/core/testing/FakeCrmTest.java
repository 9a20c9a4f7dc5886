package io.leadbridge.core.testing;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.SALESFORCE_LEADS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.sync.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FakeCrmTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    @Nested
    class Source {

        private final FakeCrmSource source = new FakeCrmSource(CrmSystem.HUBSPOT, HUBSPOT_CONTACTS);

        @Test
        void returnsPagesInWatermarkOrderStrictlyAfterSince() {
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("3"), T0.plusSeconds(2), People.aPerson().build());
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("10"), T0, People.aPerson().build());
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("9"), T0, People.aPerson().build());

            ChangePage first = source.readChanges(HUBSPOT_CONTACTS, Watermark.BEGINNING, 2);
            ChangePage second = source.readChanges(HUBSPOT_CONTACTS, first.next(), 2);

            assertThat(first.events()).extracting(e -> e.ref().id()).containsExactly("9", "10");
            assertThat(first.next()).isEqualTo(new Watermark(T0, "10"));
            assertThat(first.hasMore()).isTrue();
            assertThat(second.events()).extracting(e -> e.ref().id()).containsExactly("3");
            assertThat(second.hasMore()).isFalse();
        }

        @Test
        void anEmptyPageKeepsThePosition() {
            Watermark since = new Watermark(T0, "1");

            ChangePage page = source.readChanges(HUBSPOT_CONTACTS, since, 10);

            assertThat(page.events()).isEmpty();
            assertThat(page.next()).isEqualTo(since);
            assertThat(page.hasMore()).isFalse();
        }

        @Test
        void aChangedRecordMovesToItsNewPosition() {
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("1"), T0, People.aPerson().build());
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("2"), T0.plusSeconds(1), People.aPerson().build());
            source.upsert(HUBSPOT_CONTACTS, hubspotContact("1"), T0.plusSeconds(2), People.aPerson().build());

            assertThat(source.readChanges(HUBSPOT_CONTACTS, Watermark.BEGINNING, 10).events())
                    .extracting(e -> e.ref().id()).containsExactly("2", "1");
        }

        @Test
        void refusesAStreamItDoesNotHaveAndFailsWhenTold() {
            assertThatThrownBy(() -> source.readChanges(SALESFORCE_LEADS, Watermark.BEGINNING, 10))
                    .isInstanceOf(IllegalArgumentException.class);

            source.failNextReads(1, Failures.rateLimited(Duration.ofSeconds(10)));

            assertThatThrownBy(() -> source.readChanges(HUBSPOT_CONTACTS, Watermark.BEGINNING, 10))
                    .isInstanceOf(SyncFailureException.class);
            assertThat(source.readChanges(HUBSPOT_CONTACTS, Watermark.BEGINNING, 10).events()).isEmpty();
            assertThat(source.reads()).extracting(FakeCrmSource.Read::stream)
                    .containsExactly(HUBSPOT_CONTACTS, HUBSPOT_CONTACTS);
        }
    }

    @Nested
    class Sink {

        private final FakeCrmSink sink = new FakeCrmSink(CrmSystem.SALESFORCE);
        private final PersonId person = PersonId.newId();

        @Test
        void createsARecordOnTheFirstWriteOfASourceAndUpdatesItAfterwards() {
            List<WriteResult> created = sink.upsertPeople(List.of(write("101", Map.of(PersonField.TITLE, "CTO"))));
            List<WriteResult> updated = sink.upsertPeople(List.of(write("101", Map.of(PersonField.TITLE, ""))));

            ExternalRef lead = ((WriteResult.Written) created.get(0)).target();
            assertThat(created).containsExactly(new WriteResult.Written(lead, true));
            assertThat(updated).containsExactly(new WriteResult.Written(lead, false));
            assertThat(lead.objectType()).isEqualTo("Lead");
            assertThat(lead.id()).hasSize(18);
            assertThat(sink.record(lead)).doesNotContainKey(PersonField.TITLE);
            assertThat(sink.recordCount()).isEqualTo(1);
            assertThat(sink.appliedFor(hubspotContact("101"))).hasSize(2);
        }

        @Test
        void failsTheNextCallsAsAWhole() {
            sink.failNextCalls(2, Failures.retriable());

            assertThatThrownBy(() -> sink.upsertPeople(List.of(write("101", Map.of()))))
                    .isInstanceOf(SyncFailureException.class);
            assertThatThrownBy(() -> sink.upsertPeople(List.of(write("101", Map.of()))))
                    .isInstanceOf(SyncFailureException.class);
            assertThat(sink.upsertPeople(List.of(write("101", Map.of())))).hasSize(1);
            assertThat(sink.calls()).hasSize(3);
            assertThat(sink.applied()).hasSize(1);
        }

        @Test
        void failsOneRecordWhileTheRestOfTheBatchSucceeds() {
            sink.failRecord(hubspotContact("102"), Failures.permanent("Company"));

            List<WriteResult> results = sink.upsertPeople(List.of(write("101", Map.of()), write("102", Map.of())));

            assertThat(results.get(0)).isInstanceOf(WriteResult.Written.class);
            assertThat(results.get(1)).isEqualTo(new WriteResult.Failed(Failures.permanent("Company")));

            sink.stopFailingRecord(hubspotContact("102"));
            assertThat(sink.upsertPeople(List.of(write("102", Map.of())))).singleElement()
                    .isInstanceOf(WriteResult.Written.class);
        }

        @Test
        void aTargetTheCrmDoesNotHoldFails() {
            PersonWrite write = new PersonWrite(person, hubspotContact("101"),
                    Optional.of(ChangeEvents.salesforceLead("00Q000000000404AAA")), Map.of(), "k");

            assertThat(sink.upsertPeople(List.of(write))).singleElement()
                    .isInstanceOfSatisfying(WriteResult.Failed.class,
                            f -> assertThat(f.failure().code()).isEqualTo("ENTITY_IS_DELETED"));
        }

        @Test
        void refusesABatchLargerThanItsMaximum() {
            FakeCrmSink small = new FakeCrmSink(CrmSystem.HUBSPOT, 1);

            assertThatThrownBy(() -> small.upsertPeople(List.of(write("1", Map.of()), write("2", Map.of()))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new FakeCrmSink(CrmSystem.HUBSPOT).maxBatchSize()).isEqualTo(100);
            assertThat(sink.maxBatchSize()).isEqualTo(200);
        }

        private PersonWrite write(String contactId, Map<PersonField, String> changes) {
            return new PersonWrite(person, hubspotContact(contactId), Optional.empty(), changes,
                    "HUBSPOT:contact:" + contactId + "@1:UPSERT");
        }
    }
}
