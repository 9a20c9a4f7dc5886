package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.DeletePolicy;
import io.leadbridge.core.sync.MergePolicy;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record merged away in one CRM: its person follows the survivor, and nothing is deleted in the other CRM. */
class MergeHandlingTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final ExternalRef CONTACT = hubspotContact("101");
    private static final ExternalRef OTHER_CONTACT = hubspotContact("102");

    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").build();

    @Test
    void aLeadMergedIntoAnUnlinkedLeadMovesThePersonToTheSurvivorAndDeletesNoHubSpotContactEvenWithPropagate() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.PROPAGATE);
        ExternalRef loser = syncedLead(h);
        ExternalRef survivor = salesforceLead("00Q000000000002AAA");
        PersonId kimsPerson = h.ids().find(CONTACT).orElseThrow();

        h.inbox().append(merged(loser, survivor, T0.plusSeconds(60)));
        h.worker().processBatch(10);
        h.inbox().append(polledLead(survivor.id(), T0.plusSeconds(120), kim(PersonField.FIRST_NAME, "Kimberly")));
        BatchReport edit = h.worker().processBatch(10);

        assertThat(h.hubspot().recordCount()).as("no contact deleted, none created").isEqualTo(1);
        assertThat(h.ids().find(survivor)).contains(kimsPerson);
        assertThat(h.ids().find(loser)).isEmpty();
        assertThat(edit.written()).isEqualTo(1);
        assertThat(h.hubspot().record(CONTACT)).containsEntry(PersonField.FIRST_NAME, "Kimberly");
        assertThat(h.audit().all()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.IDENTITY);
            assertThat(e.ruleId()).isEqualTo("identity:merged");
            assertThat(e.record()).contains(survivor);
            assertThat(e.details()).containsEntry("mergedAway", loser.key()).containsEntry("outcome", "repointed");
        });
    }

    @Test
    void aHubSpotContactMergedIntoAnotherMovesThePersonSoTheSurvivorUpdatesTheSameLead() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay();
        ExternalRef lead = syncedLead(h);

        h.inbox().append(merged(CONTACT, OTHER_CONTACT, T0.plusSeconds(60)));
        h.inbox().append(polledContact(OTHER_CONTACT.id(), T0.plusSeconds(60), kim(PersonField.TITLE, "CTO")));
        h.worker().processBatch(10);

        assertThat(h.salesforce().recordCount()).as("no second Lead").isEqualTo(1);
        assertThat(h.salesforce().record(lead)).containsEntry(PersonField.TITLE, "CTO");
        assertThat(h.ids().refIn(h.ids().find(lead).orElseThrow(), CrmSystem.HUBSPOT)).contains(OTHER_CONTACT);
    }

    @Test
    void aSurvivorLinkedOnItsOwnSideOnlyIsJoinedByTheLosersRecordInTheOtherCrm() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay();
        ExternalRef loser = syncedLead(h);
        ExternalRef survivor = salesforceLead("00Q000000000002AAA");
        PersonId survivorsPerson = h.ids().personFor(survivor);

        h.inbox().append(merged(loser, survivor, T0.plusSeconds(60)));
        h.worker().processBatch(10);

        assertThat(h.ids().find(CONTACT)).contains(survivorsPerson);
        assertThat(h.ids().find(loser)).isEmpty();
        assertThat(h.audit().all()).anySatisfy(e -> assertThat(e.details()).containsEntry("outcome", "joined"));
    }

    @Test
    void whenBothRecordsStoodForPeopleWithTheirOwnHubSpotContactsTheMergeIsReportedAndARetrySettles() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay();
        ExternalRef loser = syncedLead(h);
        ExternalRef survivor = salesforceLead("00Q000000000002AAA");
        h.ids().link(h.ids().personFor(OTHER_CONTACT), survivor);

        h.inbox().append(merged(loser, survivor, T0.plusSeconds(60)));
        BatchReport reported = h.worker().processBatch(10);
        h.inbox().append(merged(loser, survivor, T0.plusSeconds(61)));
        BatchReport retried = h.worker().processBatch(10);

        assertThat(reported.parked()).isEqualTo(1);
        assertThat(h.errors().open(10)).singleElement().satisfies(error -> {
            assertThat(error.failure().code()).isEqualTo("MERGE_CONFLICT");
            assertThat(error.failure().message()).contains(CONTACT.key(), OTHER_CONTACT.key());
        });
        assertThat(retried.parked()).isZero();
        assertThat(h.ids().find(loser)).isEmpty();
        assertThat(h.ids().find(survivor)).isEqualTo(h.ids().find(OTHER_CONTACT));
        assertThat(h.hubspot().recordCount()).as("neither contact deleted").isEqualTo(1);
    }

    @Test
    void withMergesPropagatedTheTwoLeadsAreMergedIntoTheSurvivorsAndBothContactsEndAsOnePerson() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.IGNORE, MergePolicy.PROPAGATE);
        ExternalRef kimsLead = syncedLead(h);
        ExternalRef othersLead = h.syncToNewLead(OTHER_CONTACT, kim(PersonField.EMAIL, "k.larsen@acme.example"), T0);

        h.inbox().append(merged(CONTACT, OTHER_CONTACT, T0.plusSeconds(60)));
        BatchReport merge = h.worker().processBatch(10);

        assertThat(merge.parked()).isZero();
        assertThat(h.salesforce().recordCount()).as("Kim's Lead merged into the other").isEqualTo(1);
        assertThat(h.salesforce().record(othersLead)).isNotEmpty();
        assertThat(h.ids().find(kimsLead)).isEmpty();
        assertThat(h.ids().find(CONTACT)).isEmpty();
        assertThat(h.ids().find(othersLead)).isEqualTo(h.ids().find(OTHER_CONTACT));
        assertThat(h.audit().all()).anySatisfy(e -> assertThat(e.details()).containsEntry("outcome", "propagated"));
    }

    @Test
    void withMergesPropagatedALeadAndAContactAreStillReportedBecauseSalesforceCannotMergeThem() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.IGNORE, MergePolicy.PROPAGATE);
        syncedLead(h);
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000001AAA");
        h.salesforce().seed(contact, kim.values());
        h.ids().link(h.ids().personFor(OTHER_CONTACT), contact);

        h.inbox().append(merged(CONTACT, OTHER_CONTACT, T0.plusSeconds(60)));
        BatchReport merge = h.worker().processBatch(10);

        assertThat(merge.parked()).isEqualTo(1);
        assertThat(h.errors().open(10)).singleElement().satisfies(error -> assertThat(error.failure().message())
                .contains("different types"));
        assertThat(h.salesforce().recordCount()).isEqualTo(2);
    }

    @Test
    void aFailedPropagatedMergeKeepsTheLinksSoTheRetryMerges() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.IGNORE, MergePolicy.PROPAGATE);
        ExternalRef kimsLead = syncedLead(h);
        h.syncToNewLead(OTHER_CONTACT, kim(PersonField.EMAIL, "k.larsen@acme.example"), T0);
        h.salesforce().failNextCalls(1, new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW",
                "locked", ""));

        h.inbox().append(merged(CONTACT, OTHER_CONTACT, T0.plusSeconds(60)));
        BatchReport failed = h.worker().processBatch(10);
        assertThat(h.ids().find(kimsLead)).as("links kept for the retry").isPresent();
        h.clock().advance(Duration.ofHours(1));
        h.worker().processBatch(10);

        assertThat(failed.retrying()).isEqualTo(1);
        assertThat(h.salesforce().recordCount()).isEqualTo(1);
        assertThat(h.ids().find(kimsLead)).isEmpty();
    }

    @Test
    void aRedeliveredMergeChangesNothing() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay();
        ExternalRef loser = syncedLead(h);
        ExternalRef survivor = salesforceLead("00Q000000000002AAA");

        h.inbox().append(merged(loser, survivor, T0.plusSeconds(60)));
        h.worker().processBatch(10);
        boolean storedAgain = h.inbox().append(merged(loser, survivor, T0.plusSeconds(60)));
        h.worker().processBatch(10);

        assertThat(storedAgain).isFalse();
        assertThat(h.ids().find(survivor)).isEqualTo(h.ids().find(CONTACT));
        assertThat(h.audit().all()).filteredOn(e -> e.ruleId().equals("identity:merged")).hasSize(1);
    }

    @Test
    void aPropagatedHubSpotDeleteLeavesALinkedSalesforceContactInPlaceAndUnlinksIt() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.PROPAGATE);
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000001AAA");
        h.salesforce().seed(contact, kim.values());
        h.ids().link(h.ids().personFor(CONTACT), contact);

        h.inbox().append(new ChangeEvent(CONTACT, ChangeKind.DELETE, T0, Optional.empty(),
                Optional.empty()));
        h.worker().processBatch(10);

        assertThat(h.salesforce().recordCount()).isEqualTo(1);
        assertThat(h.ids().find(contact)).isEmpty();
        assertThat(h.audit().all()).anySatisfy(e -> assertThat(e.reason()).contains("never removes"));
    }

    private static Person kim(PersonField field, String value) {
        return People.nobody().withEmail("kim@acme.example").withFirstName("Kim").withLastName("Larsen")
                .withCompany("Acme").with(field, value).build();
    }

    private static ChangeEvent merged(ExternalRef loser, ExternalRef survivor, Instant at) {
        return ChangeEvent.merged(loser, survivor, at, Optional.empty());
    }

    /** Kim's HubSpot contact synced to a new Lead; returns the Lead. */
    private ExternalRef syncedLead(SyncWorkerHarness h) {
        return h.syncToNewLead(CONTACT, kim, T0);
    }
}
