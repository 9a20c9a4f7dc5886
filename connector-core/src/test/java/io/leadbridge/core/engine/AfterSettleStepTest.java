package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryChangeInbox.Status;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The step after settling sees both records linked, and its failure retries the change like a failed write. */
class AfterSettleStepTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final List<Optional<ExternalRef>> linkedLeads = new ArrayList<>();
    private int failuresLeft = 1;
    private SyncWorkerHarness h;

    @Test
    void aFailedStepLeavesTheChangePendingAndTheRetryRunsItAgainWithoutASecondLead() {
        h = SyncWorkerHarness.twoWay(change -> {
            linkedLeads.add(h.ids().find(change.ref()).flatMap(p -> h.ids().refIn(p, CrmSystem.SALESFORCE)));
            if (failuresLeft-- > 0) {
                throw new SyncFailureException(Failures.retriable());
            }
        });
        Person kim = People.nobody().withEmail("kim@acme.example").withLastName("Larsen").withCompany("Acme").build();
        ChangeEvent contact = polledContact("101", T0, kim);
        h.inbox().append(contact);

        h.worker().processBatch(10);
        assertThat(h.inbox().entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(Status.PENDING));
        h.clock().advance(RetryPolicy.DEFAULT.backoffAfter(1));
        h.worker().processBatch(10);

        assertThat(h.inbox().entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(Status.DONE));
        assertThat(linkedLeads).hasSize(2).allSatisfy(lead -> assertThat(lead).isPresent());
        assertThat(linkedLeads.get(0)).isEqualTo(linkedLeads.get(1));
        assertThat(h.salesforce().recordCount()).isEqualTo(1);
    }
}
