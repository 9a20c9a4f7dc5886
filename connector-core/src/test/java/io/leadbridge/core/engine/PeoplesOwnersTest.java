package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.polledLead;
import static io.leadbridge.core.testing.FieldMappingsFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.FixedOwners;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * People's owners both ways by email: the owner is written only as the other CRM's user with the same email, an
 * owner without a counterpart is reported while the other fields are written, and the echo of an owner write is
 * never written back.
 */
class PeoplesOwnersTest {

    private static final MutableClock CLOCK = MutableClock.atDefaultStart();
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final Map<String, String> hubspotOwners = Map.of("kim@seller.example", "501", "ola@seller.example", "502");
    private final Map<String, String> salesforceUsers = Map.of("kim@seller.example", "0055g00000KimAAA",
            "ola@seller.example", "0055g00000OlaAAA", "noor@seller.example", "0055g00000NoorAA");
    private SyncWorkerHarness h;

    @Test
    void aContactsOwnerReachesTheLinkedLeadAndItsEchoIsNotWrittenBack() {
        h = harness(FieldOwnership.TWO_WAY_NEWEST_WINS);
        ExternalRef lead = linkedLead("101", kim().build());

        inbox(polledContact("101", at(10), kim().with(PersonField.OWNER_EMAIL, "ola@seller.example").build()));
        h.worker().processBatch(10);
        inbox(polledLead(lead.id(), at(11), kim().with(PersonField.OWNER_EMAIL, "ola@seller.example").build()));
        h.worker().processBatch(10);

        assertThat(h.salesforce().appliedFor(hubspotContact("101")).get(1).changes())
                .isEqualTo(Map.of(PersonField.OWNER_EMAIL, "ola@seller.example"));
        assertThat(h.hubspot().calls()).as("the Lead's owner is our own write coming back").isEmpty();
        assertThat(h.errors().all()).isEmpty();
    }

    @Test
    void aLeadOwnerWithoutAHubSpotCounterpartIsReportedAndTheOtherFieldsAreStillWritten() {
        h = harness(FieldOwnership.TWO_WAY_NEWEST_WINS);
        ExternalRef lead = linkedLead("101", kim().build());

        ChangeEvent edit = inbox(polledLead(lead.id(), at(10), kim().withFirstName("Kimberly")
                .with(PersonField.OWNER_EMAIL, "noor@seller.example").build()));
        SyncWorker.BatchReport report = h.worker().processBatch(10);

        assertThat(report.parked()).isZero();
        assertThat(report.written()).isEqualTo(1);
        assertThat(h.hubspot().applied()).singleElement()
                .satisfies(w -> assertThat(w.changes()).isEqualTo(Map.of(PersonField.FIRST_NAME, "Kimberly")));
        assertThat(h.errors().all()).singleElement().satisfies(e -> {
            assertThat(e.failure().code()).isEqualTo(PersonOwners.OWNER_NOT_FOUND);
            assertThat(e.failure().message()).contains("noor@seller.example").contains(lead.toString());
            assertThat(e.event().ref()).isEqualTo(edit.ref());
        });
        assertThat(h.audit().all()).filteredOn(a -> a.kind() == AuditKind.FIELD_DECISION
                        && a.ruleId().equals("field-ownership:" + PersonField.OWNER_EMAIL.key())
                        && a.reason().contains("owner not found"))
                .singleElement().satisfies(a -> assertThat(a.reason()).contains("noor@seller.example"));
    }

    @Test
    void anOwnerClearedInHubSpotIsNeverClearedOnTheLeadWhichAlwaysHasOne() {
        h = harness(FieldOwnership.TWO_WAY_NEWEST_WINS);
        linkedLead("101", kim().with(PersonField.OWNER_EMAIL, "kim@seller.example").build());

        inbox(polledContact("101", at(10), kim().withFirstName("Kimberly").build()));
        h.worker().processBatch(10);

        assertThat(h.salesforce().appliedFor(hubspotContact("101")).get(1).changes())
                .isEqualTo(Map.of(PersonField.FIRST_NAME, "Kimberly"));
        assertThat(h.errors().all()).isEmpty();
    }

    @Test
    void anOwnerKeptBySalesforceIsNotTakenFromHubSpot() {
        h = harness(FieldOwnership.ALWAYS_SALESFORCE);
        ExternalRef lead = linkedLead("101", kim().build());

        inbox(polledContact("101", at(10), kim().with(PersonField.OWNER_EMAIL, "ola@seller.example").build()));
        h.worker().processBatch(10);
        inbox(polledLead(lead.id(), at(12), kim().with(PersonField.OWNER_EMAIL, "kim@seller.example").build()));
        h.worker().processBatch(10);

        assertThat(h.salesforce().appliedFor(hubspotContact("101"))).hasSize(1);
        assertThat(h.hubspot().applied()).singleElement().satisfies(w -> assertThat(w.changes())
                .isEqualTo(Map.of(PersonField.OWNER_EMAIL, "kim@seller.example")));
    }

    private SyncWorkerHarness harness(FieldOwnership ownerRule) {
        List<PersonFieldMapping> entries = new ArrayList<>(FieldMappingsFixture.standardEntries());
        entries.add(mapping(PersonField.OWNER_EMAIL, "hubspot_owner_id", "OwnerId", ownerRule));
        FieldMappings mappings = FieldMappings.validate(FieldMappingsFixture.PATH, entries);
        return SyncWorkerHarness.twoWay(mappings, new PersonOwners(List.of(FixedOwners.directory(CrmSystem.HUBSPOT,
                hubspotOwners, CLOCK), FixedOwners.directory(CrmSystem.SALESFORCE, salesforceUsers, CLOCK))));
    }

    /** The contact's first version creates its Lead, whose read-back is settled as our own write. */
    private ExternalRef linkedLead(String contactId, Person person) {
        h.hubspot().seed(hubspotContact(contactId), person.values());
        inbox(polledContact(contactId, at(1), person));
        h.worker().processBatch(10);
        ExternalRef lead = h.salesforce().targetOf(hubspotContact(contactId)).orElseThrow();
        inbox(polledLead(lead.id(), at(2), person));
        h.worker().processBatch(10);
        return lead;
    }

    private static People.PersonBuilder kim() {
        return People.nobody().withEmail("kim@acme.example").withFirstName("Kim").withLastName("Larsen");
    }

    private ChangeEvent inbox(ChangeEvent event) {
        h.inbox().append(event);
        return event;
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
