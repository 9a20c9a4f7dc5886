package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.port.ErrorClosure;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryChangeInbox.Status;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry and dismissal of parked changes: an error leaves the queue only by a settled retry or a named admin. */
class ErrorQueueRetryTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final SyncFailure.Permanent BAD_EMAIL = new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS",
            "Email: invalid email address", "req-1", List.of("Email"));

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();
    private final ErrorRetry retry = new ErrorRetry(h.errors(), h.inbox(), h.ids(), h.audit(), h.clock());
    private final Person kim = personWithEmail("kim@acme.example");

    @Test
    void aRetriedChangeThatIsWrittenResolvesItsErrorAndIsWrittenOnce() {
        ExternalRef contact = hubspotContact("101");
        long errorId = parkedError(contact);

        h.salesforce().stopFailingRecord(contact);
        retry.retry(errorId);
        assertThat(h.errors().find(errorId)).map(SyncError::status).contains(ErrorStatus.RETRYING);
        assertThat(h.audit().all()).singleElement().satisfies(entry ->
                assertThat(entry.ruleId()).isEqualTo("error-queue:retry"));
        h.worker().processBatch(10);

        SyncError error = h.errors().find(errorId).orElseThrow();
        assertThat(error.status()).isEqualTo(ErrorStatus.RESOLVED);
        assertThat(error.closure()).hasValueSatisfying(c -> {
            assertThat(c.by()).isEqualTo(ErrorClosure.LEADBRIDGE);
            assertThat(c.reason()).contains("written to SALESFORCE:Lead:");
        });
        assertThat(h.salesforce().applied()).singleElement()
                .satisfies(w -> assertThat(w.changes()).containsEntry(PersonField.EMAIL, "kim@acme.example"));
        assertThat(h.errors().all()).hasSize(1);
        assertThat(h.inbox().entriesWith(Status.DONE)).hasSize(1);
    }

    @Test
    void aRetryThatFailsAgainReopensTheSameErrorWithTheNewFailure() {
        ExternalRef contact = hubspotContact("101");
        long errorId = parkedError(contact);
        SyncFailure.Permanent required = new SyncFailure.Permanent("REQUIRED_FIELD_MISSING",
                "Required fields are missing: [Company]", "req-2", List.of("Company"));
        h.salesforce().failRecord(contact, required);

        retry.retry(errorId);
        h.worker().processBatch(10);

        assertThat(h.errors().all()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(errorId);
            assertThat(error.status()).isEqualTo(ErrorStatus.OPEN);
            assertThat(error.failure()).isEqualTo(required);
            assertThat(error.closure()).isEmpty();
        });
        assertThat(h.inbox().entriesWith(Status.PARKED)).hasSize(1);
        assertThat(h.salesforce().applied()).isEmpty();
    }

    @Test
    void aDismissedErrorKeepsWhoAndWhyAndCannotBeRetried() {
        long errorId = parkedError(hubspotContact("101"));

        retry.dismiss(errorId, "ops@acme.example", "test contact, never meant to sync");

        assertThat(h.errors().find(errorId).orElseThrow()).satisfies(error -> {
            assertThat(error.status()).isEqualTo(ErrorStatus.DISMISSED);
            assertThat(error.closure()).hasValueSatisfying(c -> {
                assertThat(c.by()).isEqualTo("ops@acme.example");
                assertThat(c.reason()).isEqualTo("test contact, never meant to sync");
            });
        });
        assertThatThrownBy(() -> retry.retry(errorId)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DISMISSED");
        assertThatThrownBy(() -> retry.dismiss(errorId, "ops@acme.example", "again"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(h.audit().all()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditKind.ERROR);
            assertThat(entry.ruleId()).isEqualTo("error-queue:dismiss");
            assertThat(entry.person()).isEqualTo(h.ids().find(hubspotContact("101")).orElseThrow());
            assertThat(entry.reason()).contains("ops@acme.example").contains("test contact, never meant to sync");
        });
        assertThat(h.inbox().entriesWith(Status.PARKED)).hasSize(1);
    }

    @Test
    void retryingAnUnknownErrorSaysSo() {
        assertThatThrownBy(() -> retry.retry(42)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("42");
    }

    @Test
    void aBulkRetryQueuesTheOpenErrorsTheFilterMatchesOnly() {
        long badEmail = parkedError(hubspotContact("101"));
        ExternalRef other = hubspotContact("102");
        h.salesforce().failRecord(other, Failures.conflict());
        inbox(polledContact(other.id(), T0.plusSeconds(1), personWithEmail("noor@acme.example")));
        h.worker().processBatch(10);

        ErrorRetry.BulkRetry result = retry.retryAll(new ErrorFilter(Optional.of(CrmSystem.HUBSPOT),
                Optional.of("contact"), Optional.of("INVALID_EMAIL_ADDRESS"), Optional.empty()), 100);

        assertThat(result.queued()).containsExactly(badEmail);
        assertThat(result.refused()).isEmpty();
        assertThat(h.errors().count(ErrorFilter.ALL.withStatus(ErrorStatus.RETRYING))).isEqualTo(1);
        assertThat(h.errors().count(ErrorFilter.ALL.withStatus(ErrorStatus.OPEN))).isEqualTo(1);
    }

    @Test
    void aRetriedChangeReplacedByANewerVersionOfItsRecordResolvesItsError() {
        ExternalRef contact = hubspotContact("101");
        long errorId = parkedError(contact);
        h.salesforce().stopFailingRecord(contact);

        retry.retry(errorId);
        inbox(polledContact(contact.id(), T0.plusSeconds(60), personWithEmail("kim.larsen@acme.example")));
        h.worker().processBatch(10);

        assertThat(h.errors().find(errorId).orElseThrow()).satisfies(error -> {
            assertThat(error.status()).isEqualTo(ErrorStatus.RESOLVED);
            assertThat(error.closure().orElseThrow().reason()).contains("superseded by a newer change");
        });
        assertThat(h.salesforce().applied()).singleElement().satisfies(w -> assertThat(w.changes())
                .containsEntry(PersonField.EMAIL, "kim.larsen@acme.example"));
    }

    private long parkedError(ExternalRef contact) {
        h.salesforce().failRecord(contact, BAD_EMAIL);
        inbox(polledContact(contact.id(), T0, kim));
        h.worker().processBatch(10);
        return h.errors().openFor(contact).get(0).id();
    }

    private static Person personWithEmail(String email) {
        return People.nobody().withEmail(email).withFirstName("Kim").withLastName("Larsen").withCompany("Acme")
                .build();
    }

    private void inbox(ChangeEvent event) {
        h.inbox().append(event);
    }
}
