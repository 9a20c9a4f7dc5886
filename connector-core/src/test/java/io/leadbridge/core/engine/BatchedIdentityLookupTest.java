package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Instant;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A drained batch looks its people up together: one lookup per CRM, not one or two per person. */
class BatchedIdentityLookupTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();

    @Test
    void aBatchOfNewHubSpotContactsAsksSalesforceOnceAndCreatesOneLeadEach() {
        IntStream.rangeClosed(1, 50).forEach(i -> h.inbox().append(polledContact(String.valueOf(i), T0.plusSeconds(i),
                person("p" + i + "@acme.example"))));

        BatchReport report = h.worker().processBatch(100);

        assertThat(report.written()).isEqualTo(50);
        assertThat(h.people(CrmSystem.SALESFORCE).batches()).singleElement()
                .satisfies(emails -> assertThat(emails).hasSize(50).contains("p1@acme.example", "p50@acme.example"));
        assertThat(h.people(CrmSystem.SALESFORCE).singleLookups()).isEmpty();
        assertThat(h.salesforce().calls()).hasSize(1);
        assertThat(h.salesforce().applied()).hasSize(50);
    }

    @Test
    void aMatchFoundByTheBatchedLookupIsUpdatedNotDuplicated() {
        ExternalRef lead = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q000000000001AAA");
        h.salesforce().seed(lead, person("kim@acme.example").values());
        h.people(CrmSystem.SALESFORCE).add("KIM@acme.example", PersonCandidate.of(lead, T0.minusSeconds(60)));
        h.inbox().append(polledContact("101", T0, person("kim@acme.example")));
        h.inbox().append(polledContact("102", T0, person("ann@acme.example")));

        h.worker().processBatch(10);

        assertThat(h.salesforce().targetOf(hubspotContact("101"))).contains(lead);
        assertThat(h.salesforce().recordCount()).isEqualTo(2);
        assertThat(h.people(CrmSystem.SALESFORCE).singleLookups()).isEmpty();
    }

    @Test
    void salesforceChangesAskTheirOwnOrgAndHubSpotOnceEach() {
        IntStream.rangeClosed(1, 5).forEach(i -> h.inbox().append(polledLead("00Q00000000000" + i + "AAA",
                T0.plusSeconds(i), person("p" + i + "@acme.example"))));

        h.worker().processBatch(10);

        assertThat(h.people(CrmSystem.SALESFORCE).batches()).hasSize(1);
        assertThat(h.people(CrmSystem.HUBSPOT).batches()).singleElement().satisfies(emails -> assertThat(emails)
                .isEqualTo(Set.of("p1@acme.example", "p2@acme.example", "p3@acme.example", "p4@acme.example",
                        "p5@acme.example")));
        assertThat(h.hubspot().applied()).hasSize(5);
    }

    @Test
    void whenTheBatchedLookupFailsEachPersonIsLookedUpOnItsOwnAndStillSynced() {
        h.people(CrmSystem.SALESFORCE).failBatches(Failures.retriable());
        h.inbox().append(polledContact("101", T0, person("kim@acme.example")));
        h.inbox().append(polledContact("102", T0, person("ann@acme.example")));

        BatchReport report = h.worker().processBatch(10);

        assertThat(report.written()).isEqualTo(2);
        assertThat(h.people(CrmSystem.SALESFORCE).singleLookups())
                .containsExactlyInAnyOrder("kim@acme.example", "ann@acme.example");
    }

    @Test
    void linkedPeopleAreNotLookedUpAgain() {
        h.inbox().append(polledContact("101", T0, person("kim@acme.example")));
        h.worker().processBatch(10);
        h.inbox().append(polledContact("101", T0.plusSeconds(60), People.nobody().withEmail("kim@acme.example")
                .withLastName("Larsen").withTitle("CFO").build()));

        h.worker().processBatch(10);

        assertThat(h.people(CrmSystem.SALESFORCE).batches()).hasSize(1);
        assertThat(h.people(CrmSystem.SALESFORCE).lookups()).containsExactly("kim@acme.example");
    }

    private static Person person(String email) {
        return People.nobody().withEmail(email).withLastName("Larsen").withCompany("Acme").build();
    }
}
