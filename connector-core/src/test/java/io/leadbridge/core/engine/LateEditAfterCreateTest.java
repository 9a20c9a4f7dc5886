package io.leadbridge.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Salesforce Lead edited before Leadbridge has copied it, with email owned by HubSpot (the shipped defaults): the
 * contact is created from the Lead's older version, so the edit arrives after the created contact was read back.
 * The create carried the email outside the ownership rules; it must still count as our own write, or the read-back
 * looks like a change of the contact's own, newer than the edit, and newest-wins drops the edit for good.
 */
class LateEditAfterCreateTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final String LEAD = "00Q5g00000LateAAA";

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay(emailOwnedByHubSpotTitleNewestWins());
    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").build();

    @Test
    void aLeadEditMadeBeforeTheContactWasCreatedStillReachesTheContact() {
        ChangeEvent created = ChangeEvents.polledLead(LEAD, at(1), kim);
        h.inbox().append(created);
        h.worker().processBatch(10);
        ExternalRef contact = h.hubspot().targetOf(created.ref()).orElseThrow();

        h.inbox().append(ChangeEvents.polledContact(contact.id(), at(3), Person.of(h.hubspot().record(contact))));
        SyncWorker.BatchReport readBack = h.worker().processBatch(10);
        h.inbox().append(ChangeEvents.polledLead(LEAD, at(2), with(kim, PersonField.TITLE, "VP Sales")));
        SyncWorker.BatchReport lateEdit = h.worker().processBatch(10);

        assertThat(readBack.settledWithoutWrite()).as("the created contact read back is our own write").isEqualTo(1);
        assertThat(lateEdit.written()).isEqualTo(1);
        assertThat(h.hubspot().record(contact)).containsEntry(PersonField.TITLE, "VP Sales");
    }

    @Test
    void aLeadEditMadeBeforeACreateWhoseAnswerWasLostStillReachesTheContact() {
        ChangeEvent created = ChangeEvents.polledLead(LEAD, at(1), kim);
        h.inbox().append(created);
        h.hubspot().loseAnswersOfNextCalls(1, new SyncFailure.Retriable("TIMEOUT", "read timed out", ""));
        SyncWorker.BatchReport lost = h.worker().processBatch(10);
        ExternalRef contact = h.hubspot().targetOf(created.ref()).orElseThrow();
        h.people(CrmSystem.HUBSPOT).add("kim@acme.example", PersonCandidate.of(contact, at(3)));
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(created.ref(), at(1)));

        h.inbox().append(ChangeEvents.polledContact(contact.id(), at(3), Person.of(h.hubspot().record(contact))));
        SyncWorker.BatchReport readBack = h.worker().processBatch(10);
        h.inbox().append(ChangeEvents.polledLead(LEAD, at(2), with(kim, PersonField.TITLE, "VP Sales")));
        h.clock().advance(Duration.ofHours(1));
        h.worker().processBatch(10);

        assertThat(lost.retrying()).isEqualTo(1);
        assertThat(readBack.settledWithoutWrite()).as("the created contact read back is our own write").isEqualTo(1);
        assertThat(h.hubspot().record(contact)).containsEntry(PersonField.TITLE, "VP Sales");
    }

    @Test
    void aLeadEditRetriedAfterACreateWhoseAnswerWasLostIsNotOlderThanThatCreate() {
        ChangeEvent created = ChangeEvents.polledLead(LEAD, at(1), kim);
        h.inbox().append(created);
        h.hubspot().loseAnswersOfNextCalls(1, new SyncFailure.Retriable("TIMEOUT", "read timed out", ""));
        h.worker().processBatch(10);
        ExternalRef contact = h.hubspot().targetOf(created.ref()).orElseThrow();
        h.people(CrmSystem.HUBSPOT).add("kim@acme.example", PersonCandidate.of(contact, at(3)));

        h.inbox().append(ChangeEvents.polledLead(LEAD, at(2), with(kim, PersonField.TITLE, "VP Sales")));
        h.clock().advance(Duration.ofHours(1));
        SyncWorker.BatchReport retry = h.worker().processBatch(10);

        assertThat(retry.written()).isEqualTo(1);
        assertThat(h.hubspot().record(contact)).containsEntry(PersonField.TITLE, "VP Sales");
        assertThat(h.ownWrites().intendedBy(created.ref())).isEmpty();
    }

    @Test
    void aLeadVersionReadBeforeOurNewerWriteToItIsNotTakenForItsOwnChange() {
        ChangeEvent created = ChangeEvents.polledContact("1146", at(1), with(kim, PersonField.TITLE, "CTO"));
        h.inbox().append(created);
        h.worker().processBatch(10);
        ExternalRef lead = h.salesforce().targetOf(created.ref()).orElseThrow();
        h.clock().advance(Duration.ofSeconds(1));
        ChangeEvent readBack = ChangeEvents.polledLead(lead.id(), at(5), Person.of(h.salesforce().record(lead)));
        h.inbox().append(readBack);
        h.clock().advance(Duration.ofSeconds(1));
        h.inbox().append(ChangeEvents.polledContact("1146", at(3), with(kim, PersonField.TITLE, "VP Sales")));

        try (var leadBusy = h.locks().tryLock(readBack.ref().key()).orElseThrow()) {
            SyncWorker.BatchReport edit = h.worker().processBatch(10);
            assertThat(edit.written()).isEqualTo(1);
            assertThat(edit.released()).isEqualTo(1);
        }
        SyncWorker.BatchReport late = h.worker().processBatch(10);

        assertThat(late.settledWithoutWrite()).as("the Lead as it was before our write").isEqualTo(1);
        assertThat(h.salesforce().record(lead)).containsEntry(PersonField.TITLE, "VP Sales");
        assertThat(h.hubspot().applied()).isEmpty();
    }

    private static FieldMappings emailOwnedByHubSpotTitleNewestWins() {
        List<PersonFieldMapping> entries = FieldMappingsFixture.standardEntries().stream()
                .map(m -> switch (m.field()) {
                    case EMAIL -> new PersonFieldMapping(m.field(), m.hubspotProperty(), m.salesforceField(),
                            FieldOwnership.ALWAYS_HUBSPOT);
                    case TITLE -> new PersonFieldMapping(m.field(), m.hubspotProperty(), m.salesforceField(),
                            FieldOwnership.TWO_WAY_NEWEST_WINS);
                    default -> m;
                }).toList();
        return FieldMappings.validate("connector.sync.person-fields", entries);
    }

    private static Person with(Person person, PersonField field, String value) {
        Map<PersonField, String> values = new EnumMap<>(person.values());
        values.put(field, value);
        return Person.of(values);
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
