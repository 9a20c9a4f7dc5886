package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two-way sync memory (V4 migration) honours the core's PersonSnapshotStore and OwnWriteStore contracts. */
abstract class JdbcTwoWayStoresContract {

    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");
    private static final ExternalRef CONTACT = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcPersonSnapshotStore snapshots;
    private JdbcOwnWriteStore ownWrites;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        snapshots = new JdbcPersonSnapshotStore(db.jdbc());
        ownWrites = new JdbcOwnWriteStore(db.jdbc(), db.tx());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aSnapshotReadsBackIntactAndAnUnknownRecordHasNone() {
        PersonSnapshot ada = new PersonSnapshot(LEAD, ada("CTO"), T0);

        assertThat(snapshots.remember(ada)).isTrue();

        assertThat(snapshots.find(LEAD)).contains(ada);
        assertThat(snapshots.find(CONTACT)).isEmpty();
    }

    @Test
    void aSnapshotNeverMovesChangedAtBackwardsButAnEchoAtTheSameTimeRefreshesTheValues() {
        snapshots.remember(new PersonSnapshot(LEAD, ada("CTO"), T0.plusSeconds(60)));

        assertThat(snapshots.remember(new PersonSnapshot(LEAD, ada("Intern"), T0))).isFalse();
        assertThat(snapshots.find(LEAD).orElseThrow().person()).isEqualTo(ada("CTO"));

        assertThat(snapshots.remember(new PersonSnapshot(LEAD, ada("VP Engineering"), T0.plusSeconds(60)))).isTrue();
        assertThat(snapshots.find(LEAD)).contains(new PersonSnapshot(LEAD, ada("VP Engineering"), T0.plusSeconds(60)));
        assertThat(snapshots.remember(new PersonSnapshot(LEAD, ada("VP Engineering"), T0.plusSeconds(60)))).isTrue();
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM person_snapshot").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ownWritesAreKeptAsFingerprintsPerFieldAndTheLatestReplacesTheEarlier() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO", PersonField.PHONE, ""), T0);
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "VP Engineering"), T0.plusSeconds(5));

        assertThat(ownWrites.lastWritten(LEAD)).isEqualTo(Map.of(
                PersonField.TITLE, new OwnWrite(ValueFingerprint.of("VP Engineering"), T0.plusSeconds(5)),
                PersonField.PHONE, new OwnWrite(ValueFingerprint.of(""), T0)));
        assertThat(ownWrites.lastWritten(CONTACT)).isEmpty();
        assertThat(db.jdbc().sql("SELECT fingerprint FROM own_write").query(String.class).list())
                .doesNotContain("VP Engineering", "CTO").hasSize(2);
    }

    @Test
    void theCrmsTimeOfOurWritesVersionIsKeptWithItAndALaterWriteWithoutOneClearsIt() {
        Instant hubspotVersion = Instant.parse("2025-03-03T09:00:06.180Z");
        ownWrites.remember(CONTACT, Map.of(PersonField.LIFECYCLE_STAGE, "lead"), T0, Optional.of(hubspotVersion));

        assertThat(ownWrites.lastWritten(CONTACT).get(PersonField.LIFECYCLE_STAGE).crmModifiedAt())
                .contains(hubspotVersion);

        ownWrites.remember(CONTACT, Map.of(PersonField.LIFECYCLE_STAGE, "lead"), T0.plusSeconds(5));
        assertThat(ownWrites.lastWritten(CONTACT).get(PersonField.LIFECYCLE_STAGE).crmModifiedAt()).isEmpty();
    }

    @Test
    void intendedWritesAreFoundByTheirTargetOrForACreateByTheFingerprintOfTheEmailTheyCarry() {
        ExternalRef otherContact = new ExternalRef(CrmSystem.HUBSPOT, "contact", "903");
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "Kim@Acme.example", PersonField.TITLE, "CTO"), T0));
        ownWrites.intend(IntendedWrite.of(otherContact, Optional.of(LEAD), Map.of(PersonField.PHONE, "+47 555"), T0));

        assertThat(ownWrites.intendedTowards(LEAD, Optional.of("kim@acme.example")))
                .extracting(IntendedWrite::source, IntendedWrite::field)
                .containsExactlyInAnyOrder(tuple(CONTACT, PersonField.EMAIL), tuple(CONTACT, PersonField.TITLE),
                        tuple(otherContact, PersonField.PHONE));
        assertThat(ownWrites.intendedTowards(LEAD, Optional.of("ola@acme.example")))
                .extracting(IntendedWrite::source).containsExactly(otherContact);
        assertThat(ownWrites.intendedTowards(CONTACT, Optional.of("kim@acme.example"))).isEmpty();
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM own_write_intent WHERE email_fingerprint LIKE '%acme%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBatchsIntendedWritesOfManyContactsAreEachStoredOnceAndKeptApart() {
        List<IntendedWrite> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.addAll(IntendedWrite.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "7" + i), Optional.empty(),
                    Map.of(PersonField.EMAIL, "p" + i + "@acme.example", PersonField.TITLE, "CTO"), T0));
        }
        batch.addAll(IntendedWrite.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "70"), Optional.of(LEAD),
                Map.of(PersonField.TITLE, "CTO"), T0.plusSeconds(1)));

        ownWrites.intend(batch);

        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM own_write_intent").query(Long.class).single()).isEqualTo(60);
        for (int i = 0; i < 30; i++) {
            assertThat(ownWrites.intendedBy(new ExternalRef(CrmSystem.HUBSPOT, "contact", "7" + i)))
                    .extracting(IntendedWrite::field)
                    .containsExactlyInAnyOrder(PersonField.EMAIL, PersonField.TITLE);
        }
        assertThat(ownWrites.intendedTowards(LEAD, Optional.empty())).as("the repeated value, now aimed at the Lead")
                .extracting(IntendedWrite::field, IntendedWrite::intendedAt)
                .containsExactly(tuple(PersonField.TITLE, T0.plusSeconds(1)));
    }

    @Test
    void settlingIntentsKeepsEachFieldsLatestIntendedValueAsOurWriteAndDropsTheIntents() {
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.TITLE, "CTO"), T0));
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.TITLE, "VP"), T0.plusSeconds(5)));
        assertThat(ownWrites.intendedBy(CONTACT)).hasSize(3);

        ownWrites.settleIntents(CONTACT, Optional.of(LEAD));

        assertThat(ownWrites.intendedBy(CONTACT)).isEmpty();
        assertThat(ownWrites.lastWritten(LEAD).get(PersonField.TITLE).fingerprint().matches("VP")).isTrue();
        assertThat(ownWrites.lastWritten(LEAD).get(PersonField.EMAIL).writtenAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void settlingAWriteKeepsWhatItWroteAndTheIntendedValuesOfOtherFieldsAndDropsTheIntents() {
        Instant salesforceVersion = Instant.parse("2026-11-25T09:30:07Z");
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.TITLE, "CTO"), T0));
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.PHONE, "+47 555"), T0.plusSeconds(5)));

        ownWrites.settleWrite(CONTACT, LEAD, Map.of(PersonField.EMAIL, "kim@acme.example", PersonField.PHONE,
                "+47 555"), T0.plusSeconds(7), Optional.of(salesforceVersion));

        assertThat(ownWrites.intendedBy(CONTACT)).isEmpty();
        Map<PersonField, OwnWrite> written = ownWrites.lastWritten(LEAD);
        assertThat(written).containsOnlyKeys(PersonField.EMAIL, PersonField.PHONE, PersonField.TITLE);
        assertThat(written.get(PersonField.EMAIL)).isEqualTo(new OwnWrite(ValueFingerprint.of("kim@acme.example"),
                T0.plusSeconds(7), Optional.of(salesforceVersion)));
        assertThat(written.get(PersonField.PHONE)).isEqualTo(new OwnWrite(ValueFingerprint.of("+47 555"),
                T0.plusSeconds(7), Optional.of(salesforceVersion)));
        assertThat(written.get(PersonField.TITLE)).as("an earlier attempt's value, as of when it was intended")
                .isEqualTo(new OwnWrite(ValueFingerprint.of("CTO"), T0));
    }

    @Test
    void settlingIntentsWithoutAResolvedRecordOnlyDropsThem() {
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.of(LEAD), Map.of(PersonField.TITLE, "CTO"), T0));

        ownWrites.settleIntents(CONTACT, Optional.empty());

        assertThat(ownWrites.intendedTowards(LEAD, Optional.empty())).isEmpty();
        assertThat(ownWrites.lastWritten(LEAD)).isEmpty();
    }

    @Test
    void forgettingDropsOnlyTheNamedFieldsOfThatRecord() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO", PersonField.PHONE, "+44 20 7946 0018"), T0);
        ownWrites.remember(CONTACT, Map.of(PersonField.TITLE, "CTO"), T0);

        ownWrites.forget(LEAD, Set.of(PersonField.TITLE, PersonField.FIRST_NAME));
        ownWrites.forget(LEAD, Set.of(PersonField.TITLE));

        assertThat(ownWrites.lastWritten(LEAD)).containsOnlyKeys(PersonField.PHONE);
        assertThat(ownWrites.lastWritten(CONTACT)).containsOnlyKeys(PersonField.TITLE);
    }

    private static Person ada(String title) {
        return Person.of(Map.of(PersonField.EMAIL, "ada.lovelace@analytical-engines.example",
                PersonField.FIRST_NAME, "Ada", PersonField.LAST_NAME, "O'Lovelace", PersonField.TITLE, title));
    }
}
