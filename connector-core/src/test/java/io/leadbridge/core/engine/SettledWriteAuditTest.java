package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The worker records every settled person write's field decisions and the write in the person's audit trail. */
class SettledWriteAuditTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();
    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").withPhone("+47 555 01 234").build();

    @Test
    void aWrittenChangeRecordsWhoseValueWonForEachFieldUnderItsOwnershipRuleAndThenTheWrite() {
        ExternalRef contact = hubspotContact("101");
        h.inbox().append(polledContact(contact.id(), T0, kim));

        h.worker().processBatch(10);

        PersonId person = h.ids().find(contact).orElseThrow();
        ExternalRef lead = h.salesforce().targetOf(contact).orElseThrow();
        assertThat(h.audit().all()).allSatisfy(entry -> {
            assertThat(entry.person()).isEqualTo(person);
            assertThat(entry.record()).contains(lead);
        });
        assertThat(h.audit().all()).filteredOn(e -> e.kind() == AuditKind.FIELD_DECISION)
                .extracting(AuditEntry::ruleId).contains("field-ownership:phone", "field-ownership:email");
        assertThat(h.audit().all()).filteredOn(e -> e.ruleId().equals("field-ownership:phone")).singleElement()
                .satisfies(e -> {
                    assertThat(e.details()).containsEntry("winner", "HUBSPOT").containsEntry("action", "WRITE");
                    assertThat(e.reason()).startsWith("HUBSPOT's phone was written to SALESFORCE");
                    assertThat(e.reason()).doesNotContain("+47");
                });
        assertThat(h.audit().all()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.WRITE);
            assertThat(e.details()).containsEntry("operation", "created").containsEntry("source", contact.key());
        });
    }

    @Test
    void aFailedWriteRecordsNothing() {
        ExternalRef contact = hubspotContact("101");
        h.salesforce().failRecord(contact, Failures.permanent("Email"));
        h.inbox().append(polledContact(contact.id(), T0, kim));

        h.worker().processBatch(10);

        assertThat(h.errors().openFor(contact)).hasSize(1);
        assertThat(h.audit().all()).isEmpty();
    }
}
