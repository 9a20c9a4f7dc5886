package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.SALESFORCE_LEADS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledDeletion;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.DeletePolicy;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A deleted Salesforce Lead of a synced person, under each {@link DeletePolicy}. */
class DeleteHandlingTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final ExternalRef CONTACT = hubspotContact("101");

    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").build();

    @Test
    void withIgnoreTheHubSpotContactIsLeftAndBothRecordsAreUnlinked() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.IGNORE);
        ExternalRef lead = syncedLead(h);

        h.inbox().append(polledDeletion(SALESFORCE_LEADS, lead, T0.plusSeconds(60)));
        h.worker().processBatch(10);

        assertThat(h.hubspot().record(CONTACT)).isNotEmpty();
        assertThat(h.ids().find(lead)).isEmpty();
        assertThat(h.ids().find(CONTACT)).isEmpty();
        assertThat(h.audit().all()).anySatisfy(e -> assertThat(e.ruleId()).isEqualTo("deletes:ignore"));
    }

    @Test
    void withPropagateTheHubSpotContactIsDeletedAndAnOlderUpdateOfTheLeadCreatesNothing() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.PROPAGATE);
        ExternalRef lead = syncedLead(h);

        h.inbox().append(polledDeletion(SALESFORCE_LEADS, lead, T0.plusSeconds(60)));
        h.worker().processBatch(10);
        h.inbox().append(polledLead(lead.id(), T0.plusSeconds(30), kim));
        BatchReport late = h.worker().processBatch(10);

        assertThat(h.hubspot().recordCount()).isZero();
        assertThat(h.ids().find(lead)).isEmpty();
        assertThat(late.written()).isZero();
        assertThat(h.audit().all()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.WRITE);
            assertThat(e.ruleId()).isEqualTo("deletes:propagate");
            assertThat(e.reason()).contains(CONTACT.key());
        });
    }

    @Test
    void aFailedPropagationKeepsTheLinksSoTheRetryDeletesTheContact() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.PROPAGATE);
        ExternalRef lead = syncedLead(h);
        h.hubspot().failNextCalls(1, new SyncFailure.Retriable("UNAVAILABLE", "HubSpot is down", ""));

        h.inbox().append(polledDeletion(SALESFORCE_LEADS, lead, T0.plusSeconds(60)));
        BatchReport failed = h.worker().processBatch(10);
        h.clock().advance(Duration.ofHours(1));
        h.worker().processBatch(10);

        assertThat(failed.retrying()).isEqualTo(1);
        assertThat(h.hubspot().recordCount()).isZero();
        assertThat(h.ids().find(lead)).isEmpty();
    }

    @Test
    void aDeletedRecordNobodyLinkedChangesNothing() {
        SyncWorkerHarness h = SyncWorkerHarness.twoWay(DeletePolicy.PROPAGATE);
        h.hubspot().seed(CONTACT, kim.values());

        h.inbox().append(polledDeletion(SALESFORCE_LEADS, new ExternalRef(CONTACT.system().other(), "Lead",
                "00Q5g00000AbCd9EAF"), T0));
        BatchReport report = h.worker().processBatch(10);

        assertThat(report.settledWithoutWrite()).isEqualTo(1);
        assertThat(h.hubspot().recordCount()).isEqualTo(1);
        assertThat(h.audit().all()).isEmpty();
    }

    /** Kim's HubSpot contact synced to a new Lead; returns the Lead. */
    private ExternalRef syncedLead(SyncWorkerHarness h) {
        return h.syncToNewLead(CONTACT, kim, T0);
    }
}
