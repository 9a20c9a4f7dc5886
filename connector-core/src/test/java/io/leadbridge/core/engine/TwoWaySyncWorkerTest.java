package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryChangeInbox.Status;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worker in two-way mode: both directions, identity by email, echoes of its own writes never written back. */
class TwoWaySyncWorkerTest {

    private static final StreamId SALESFORCE_CONTACTS = new StreamId(CrmSystem.SALESFORCE, "contacts");
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();
    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").build();

    @Test
    void aLeadEditedInSalesforceUpdatesOnlyTheEditedFieldOfTheLinkedContact() {
        ExternalRef lead = createdLeadOf(hubspotContact("101"));
        inbox(polledLead(lead.id(), at(5), kim));
        h.worker().processBatch(10);

        inbox(polledLead(lead.id(), at(9), with(kim, PersonField.FIRST_NAME, "Kimberly")));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.written()).isEqualTo(1);
        assertThat(h.hubspot().applied()).singleElement().satisfies(write -> {
            assertThat(write.target()).contains(hubspotContact("101"));
            assertThat(write.changes()).isEqualTo(Map.of(PersonField.FIRST_NAME, "Kimberly"));
        });
    }

    @Test
    void theEchoOfALeadTheConnectorCreatedIsSettledWithoutAnyWrite() {
        ExternalRef lead = createdLeadOf(hubspotContact("101"));

        assertThat(h.ids().linkCalls()).as("the contact was linked when it got its person; only the new Lead")
                .isEqualTo(1);
        ChangeEvent echo = inbox(polledLead(lead.id(), at(5), kim));
        int linksBefore = h.ids().linkCalls();
        BatchReport report = h.worker().processBatch(10);

        assertThat(h.ids().linkCalls()).as("both records were linked already").isEqualTo(linksBefore);
        assertThat(h.ids().find(lead)).isPresent().isEqualTo(h.ids().find(hubspotContact("101")));
        assertThat(report.written()).isZero();
        assertThat(report.settledWithoutWrite()).isEqualTo(1);
        assertThat(h.hubspot().calls()).isEmpty();
        assertThat(h.applied().lastApplied(echo.ref())).contains(at(5));
        assertThat(h.snapshots().find(lead)).hasValueSatisfying(s -> assertThat(s.person()).isEqualTo(kim));
    }

    @Test
    void anUnlinkedLeadWhoseEmailAHubSpotContactHoldsUpdatesThatContactAndCreatesNone() {
        ExternalRef existing = hubspotContact("555");
        h.hubspot().seed(existing, Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.LAST_NAME, "Larsen"));
        h.people(CrmSystem.HUBSPOT).add("Kim@Acme.example", PersonCandidate.of(existing, at(-60)));
        ExternalRef lead = salesforceLead("00Q5g00000AbCd1EAF");

        inbox(polledLead(lead.id(), at(1), kim));
        h.worker().processBatch(10);

        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.hubspot().applied()).singleElement().satisfies(w -> assertThat(w.target()).contains(existing));
        assertThat(h.hubspot().record(existing)).containsEntry(PersonField.FIRST_NAME, "Kim");
        assertThat(h.ids().find(lead)).isEqualTo(h.ids().find(existing)).isPresent();
        assertThat(h.salesforce().calls()).isEmpty();
    }

    @Test
    void aLeadNobodyInHubSpotHoldsCreatesOneContactWhoseEchoIsNotWrittenBack() {
        ChangeEvent lead = inbox(polledLead("00Q5g00000AbCd1EAF", at(1), kim));
        h.worker().processBatch(10);
        ExternalRef contact = h.hubspot().targetOf(lead.ref()).orElseThrow();

        inbox(polledContact(contact.id(), at(2), kim));
        BatchReport report = h.worker().processBatch(10);

        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.hubspot().record(contact)).containsEntry(PersonField.EMAIL, "kim@acme.example");
        assertThat(report.settledWithoutWrite()).isEqualTo(1);
        assertThat(h.salesforce().calls()).isEmpty();
    }

    @Test
    void aFailedWriteRemembersNothingSoTheRetryWritesTheSameChange() {
        ChangeEvent lead = inbox(polledLead("00Q5g00000AbCd1EAF", at(1), kim));
        h.hubspot().failNextCalls(1, Failures.retriable());

        h.worker().processBatch(10);

        assertThat(h.snapshots().size()).isZero();
        assertThat(h.inbox().entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(Status.PENDING));
        h.clock().advance(RetryPolicy.DEFAULT.backoffAfter(1));
        h.worker().processBatch(10);

        assertThat(h.hubspot().calls()).hasSize(2);
        assertThat(h.hubspot().calls().get(1)).singleElement()
                .satisfies(w -> assertThat(w.changes()).isEqualTo(h.hubspot().calls().get(0).get(0).changes()));
        ExternalRef contact = h.hubspot().targetOf(lead.ref()).orElseThrow();
        assertThat(h.ownWrites().lastWritten(contact)).containsKeys(PersonField.EMAIL, PersonField.FIRST_NAME);
    }

    @Test
    void aLeadWhoseEmailOnlyAnotherPersonsContactHoldsIsParkedAsAConflictAndCreatesNothing() {
        createdLeadOf(hubspotContact("101"));
        h.people(CrmSystem.HUBSPOT).add("kim@acme.example", PersonCandidate.of(hubspotContact("101"), at(0)));

        inbox(polledLead("00Q5g00000ZzZz9EAF", at(3), kim));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.parked()).isEqualTo(1);
        assertThat(h.errors().all()).singleElement().satisfies(e -> assertThat(e.failure().code())
                .isEqualTo("IDENTITY_CONFLICT"));
        assertThat(h.hubspot().calls()).isEmpty();
    }

    @Test
    void aContactWhoseEmailASalesforceContactHoldsUpdatesThatContactAndNoLeadIsCreated() {
        ExternalRef salesforceContact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd1AAF");
        h.salesforce().seed(salesforceContact, Map.of(PersonField.EMAIL, "kim@acme.example"));
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(salesforceContact, at(-60)));

        inbox(polledContact("101", at(1), kim));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.written()).isEqualTo(1);
        assertThat(h.salesforce().applied()).singleElement()
                .satisfies(w -> assertThat(w.target()).contains(salesforceContact));
        assertThat(h.salesforce().recordCount()).isEqualTo(1);
        assertThat(h.ids().find(salesforceContact)).isEqualTo(h.ids().find(hubspotContact("101"))).isPresent();
    }

    @Test
    void anOlderEditOfOneFieldIsWrittenAfterANewerEditOfAnotherFieldOnTheOtherSide() {
        ExternalRef lead = syncedLeadOf(hubspotContact("101"));

        settleHubSpotEditThenOlderLeadFirstName(lead, PersonField.LAST_NAME, "Larsen-Berg");

        assertThat(h.salesforce().record(lead)).containsEntry(PersonField.LAST_NAME, "Larsen-Berg");
        assertThat(h.hubspot().record(hubspotContact("101"))).as("HubSpot never changed the first name")
                .containsEntry(PersonField.FIRST_NAME, "Kimberly");
    }

    @Test
    void newestWinsStillDecidesAFieldBothSidesChanged() {
        ExternalRef lead = syncedLeadOf(hubspotContact("101"));

        settleHubSpotEditThenOlderLeadFirstName(lead, PersonField.FIRST_NAME, "Kimmy");

        assertThat(h.hubspot().record(hubspotContact("101"))).doesNotContainEntry(PersonField.FIRST_NAME, "Kimberly");
        assertThat(h.salesforce().record(lead)).containsEntry(PersonField.FIRST_NAME, "Kimmy");
    }

    @Test
    void twoUnlinkedRecordsOfOnePersonInOneBatchAreMatchedOnceAndBecomeOnePerson() {
        ExternalRef salesforceContact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd1AAF");
        h.salesforce().seed(salesforceContact, Map.of(PersonField.EMAIL, "kim@acme.example"));
        h.hubspot().seed(hubspotContact("101"), kim.values());
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(salesforceContact, at(-60)));
        h.people(CrmSystem.HUBSPOT).add("kim@acme.example", PersonCandidate.of(hubspotContact("101"), at(-60)));

        inbox(polledContact("101", at(1), kim));
        inbox(ChangeEvent.polled(SALESFORCE_CONTACTS, salesforceContact, at(2),
                with(kim, PersonField.PHONE, "+47 555 09 876")));
        h.worker().processBatch(10);

        assertThat(h.ids().find(salesforceContact)).isEqualTo(h.ids().find(hubspotContact("101"))).isPresent();
        assertThat(h.audit().all()).filteredOn(entry -> entry.kind() == AuditKind.IDENTITY).singleElement()
                .satisfies(entry -> assertThat(entry.ruleId()).isEqualTo("identity:email-match"));
        assertThat(h.hubspot().record(hubspotContact("101"))).containsEntry(PersonField.PHONE, "+47 555 09 876");
        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.salesforce().recordCount()).isEqualTo(1);
    }

    @Test
    void whenSeveralSalesforceRecordsHoldTheEmailTheContactIsPickedAndTheDuplicatesAreNamedInTheAuditTrail() {
        ExternalRef olderLead = salesforceLead("00Q5g00000AbCd1EAF");
        ExternalRef newerLead = salesforceLead("00Q5g00000AbCd2EAF");
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd1AAF");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(olderLead, at(-90)))
                .add("KIM@acme.example", PersonCandidate.of(newerLead, at(-10)))
                .add("kim@acme.example", PersonCandidate.of(contact, at(-60)));
        h.salesforce().seed(contact, Map.of(PersonField.EMAIL, "kim@acme.example"));

        inbox(polledContact("101", at(1), kim));
        h.worker().processBatch(10);

        assertThat(h.salesforce().applied()).singleElement().satisfies(w -> assertThat(w.target()).contains(contact));
        assertThat(h.audit().all()).filteredOn(entry -> entry.kind() == AuditKind.IDENTITY).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.ruleId()).isEqualTo("identity:duplicate-email");
                    assertThat(entry.person()).isEqualTo(h.ids().find(hubspotContact("101")).orElseThrow());
                    assertThat(entry.record()).contains(contact);
                    assertThat(entry.details()).containsEntry("code", "DUPLICATE_EMAIL")
                            .containsEntry("others", newerLead.key() + ", " + olderLead.key());
                });
    }

    @Test
    void aLeadDuplicatingTheEmailOfTheLinkedContactIsParkedAsDuplicateEmailAndNothingIsWrittenToHubSpot() {
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd1AAF");
        ExternalRef lead = salesforceLead("00Q5g00000AbCd1EAF");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(contact, at(-60)))
                .add("kim@acme.example", PersonCandidate.of(lead, at(-5)));
        h.people(CrmSystem.HUBSPOT).add("kim@acme.example", PersonCandidate.of(hubspotContact("101"), at(-60)));
        h.salesforce().seed(contact, Map.of(PersonField.EMAIL, "kim@acme.example"));
        inbox(polledContact("101", at(1), kim));
        h.worker().processBatch(10);

        inbox(polledLead(lead.id(), at(2), with(kim, PersonField.TITLE, "CFO")));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.parked()).isEqualTo(1);
        assertThat(h.errors().all()).singleElement().satisfies(e -> {
            assertThat(e.failure().code()).isEqualTo("DUPLICATE_EMAIL");
            assertThat(e.failure().message()).contains(contact.key(), lead.key());
        });
        assertThat(h.hubspot().calls()).isEmpty();
        assertThat(h.ids().find(lead)).isEmpty();
    }

    @Test
    void anUnlinkedDuplicateLeadIsParkedBeforeAnythingIsCreatedWhicheverSideChangesFirst() {
        ExternalRef olderLead = salesforceLead("00Q5g00000AbCd1EAF");
        ExternalRef newerLead = salesforceLead("00Q5g00000AbCd2EAF");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(olderLead, at(-90)))
                .add("kim@acme.example", PersonCandidate.of(newerLead, at(-10)));

        inbox(polledLead(olderLead.id(), at(1), kim));
        inbox(polledLead(newerLead.id(), at(2), kim));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.written()).isEqualTo(1);
        assertThat(report.parked()).isEqualTo(1);
        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.hubspot().targetOf(newerLead)).isPresent();
        assertThat(h.errors().all()).singleElement().satisfies(e -> assertThat(e.event().ref()).isEqualTo(olderLead));
    }

    @Test
    void theContactALinkedLeadWasConvertedIntoTakesTheLeadsPlaceWithoutASecondHubSpotContact() {
        ExternalRef lead = createdLeadOf(hubspotContact("101"));
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd1AAF");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example",
                new PersonCandidate(lead, at(5), Optional.of(contact)))
                .add("kim@acme.example", PersonCandidate.of(contact, at(5)));

        inbox(ChangeEvent.polled(SALESFORCE_CONTACTS, contact, at(5), with(kim, PersonField.FIRST_NAME, "Kimberly")));
        h.worker().processBatch(10);

        assertThat(h.ids().refIn(h.ids().find(hubspotContact("101")).orElseThrow(), CrmSystem.SALESFORCE))
                .contains(contact);
        assertThat(h.ids().find(lead)).isEmpty();
        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.hubspot().record(hubspotContact("101"))).containsEntry(PersonField.FIRST_NAME, "Kimberly");
        assertThat(h.audit().all()).anySatisfy(entry -> assertThat(entry.ruleId())
                .isEqualTo("identity:lead-converted"));

        inbox(polledLead(lead.id(), at(6), kim));
        BatchReport afterwards = h.worker().processBatch(10);

        assertThat(afterwards.settledWithoutWrite()).as("the converted Lead gives way to its Contact").isEqualTo(1);
        assertThat(h.errors().all()).isEmpty();
        assertThat(h.hubspot().recordCount()).isEqualTo(1);
    }

    /** Lets the worker create the Salesforce Lead of a HubSpot contact holding {@link #kim}; returns the Lead. */
    private ExternalRef createdLeadOf(ExternalRef contact) {
        h.hubspot().seed(contact, kim.values());
        inbox(polledContact(contact.id(), at(0), kim));
        h.worker().processBatch(10);
        return h.salesforce().targetOf(contact).orElseThrow();
    }

    /** {@link #createdLeadOf}, with the Lead's echo settled too, so that both records have a snapshot. */
    private ExternalRef syncedLeadOf(ExternalRef contact) {
        ExternalRef lead = createdLeadOf(contact);
        inbox(polledLead(lead.id(), at(5), kim));
        h.worker().processBatch(10);
        return lead;
    }

    /** A HubSpot edit at minute 11 settled, then the Lead's first-name edit of minute 10 read and settled. */
    private void settleHubSpotEditThenOlderLeadFirstName(ExternalRef lead, PersonField field, String value) {
        inbox(polledContact("101", at(11), with(kim, field, value)));
        h.worker().processBatch(10);
        inbox(polledLead(lead.id(), at(10), with(kim, PersonField.FIRST_NAME, "Kimberly")));
        h.worker().processBatch(10);
    }

    private ChangeEvent inbox(ChangeEvent event) {
        assertThat(h.inbox().append(event)).as("stored %s", event.dedupKey()).isTrue();
        return event;
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
