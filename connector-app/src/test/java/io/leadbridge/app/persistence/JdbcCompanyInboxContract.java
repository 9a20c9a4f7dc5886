package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyInboxEntry;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V19 company inbox: each record version once, newer versions supersede, parked changes come back by error. */
abstract class JdbcCompanyInboxContract {

    private static final StreamId COMPANIES = new StreamId(CrmSystem.HUBSPOT, "companies");
    private static final ExternalRef ACME = new ExternalRef(CrmSystem.HUBSPOT, "company", "1001");
    private static final ExternalRef CEDAR = new ExternalRef(CrmSystem.HUBSPOT, "company", "1002");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcCompanyInbox inbox;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        inbox = new JdbcCompanyInbox(db.jdbc(), db.tx());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aVersionIsStoredOnceAsReadAndDueInStreamOrderUntilItsNextAttempt() {
        CompanyChange cedar = change(CEDAR, T0.plusSeconds(2), "Cedarworks");
        CompanyChange acme = change(ACME, T0, "Acme");

        assertThat(inbox.add(COMPANIES, cedar, T0)).isTrue();
        assertThat(inbox.add(COMPANIES, acme, T0)).isTrue();
        assertThat(inbox.add(COMPANIES, acme, T0.plusSeconds(5))).as("read again").isFalse();

        List<CompanyInboxEntry> due = inbox.due(CrmSystem.HUBSPOT, 10, T0);
        assertThat(due).extracting(CompanyInboxEntry::change).containsExactly(acme, cedar);
        assertThat(due.get(0).stream()).isEqualTo(COMPANIES);
        assertThat(due.get(0).receivedAt()).isEqualTo(T0);
        assertThat(inbox.due(CrmSystem.SALESFORCE, 10, T0)).isEmpty();

        inbox.retryAt(due.get(0).id(), 1, T0.plusSeconds(60),
                new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "locked", ""));
        assertThat(inbox.due(CrmSystem.HUBSPOT, 10, T0.plusSeconds(59))).extracting(CompanyInboxEntry::change)
                .containsExactly(cedar);
        assertThat(inbox.due(CrmSystem.HUBSPOT, 10, T0.plusSeconds(60)).get(0).attempts()).isEqualTo(1);

        inbox.settle(due.get(1).id(), T0.plusSeconds(61));
        assertThat(inbox.unsettledCount()).isEqualTo(1);
    }

    @Test
    void aNewerVersionSupersedesTheOlderPendingOne() {
        inbox.add(COMPANIES, change(ACME, T0, "Acme"), T0);
        CompanyChange renamed = change(ACME, T0.plusSeconds(30), "Acme Group");

        inbox.add(COMPANIES, renamed, T0.plusSeconds(31));

        assertThat(inbox.due(CrmSystem.HUBSPOT, 10, T0.plusSeconds(31))).extracting(CompanyInboxEntry::change)
                .containsExactly(renamed);
        assertThat(inbox.unsettledCount()).isEqualTo(1);
    }

    @Test
    void aParkedChangeIsDueAgainOnlyWhenItsErrorIsRequeued() {
        inbox.add(COMPANIES, change(ACME, T0, "Acme"), T0);
        CompanyInboxEntry entry = inbox.due(CrmSystem.HUBSPOT, 10, T0).get(0);

        inbox.park(entry.id(), 42, 1, new SyncFailure.Permanent("REQUIRED_FIELD_MISSING", "Name", "",
                List.of("Name")));

        assertThat(inbox.due(CrmSystem.HUBSPOT, 10, T0.plusSeconds(3600))).isEmpty();
        assertThat(inbox.unsettledCount()).isEqualTo(1);
        assertThat(inbox.requeue(41, T0.plusSeconds(10))).isFalse();
        assertThat(inbox.requeue(42, T0.plusSeconds(10))).isTrue();
        assertThat(inbox.requeue(42, T0.plusSeconds(10))).as("no longer parked").isFalse();
        assertThat(inbox.due(CrmSystem.HUBSPOT, 10, T0.plusSeconds(10))).singleElement().satisfies(again -> {
            assertThat(again.retryOf()).contains(42L);
            assertThat(again.attempts()).isZero();
            assertThat(again.change().company().name()).isEqualTo("Acme");
        });
    }

    private static CompanyChange change(ExternalRef ref, Instant modifiedAt, String name) {
        return new CompanyChange(ref, modifiedAt, new Company(name, Optional.of("acme.example"), Optional.empty(),
                Optional.of(120), Optional.of("Norway"), Optional.of("kim@seller.example")),
                new Watermark(modifiedAt, ref.id()));
    }
}
