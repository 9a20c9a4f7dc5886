package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.RecordedQueries;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.company.IntendedCompanyWrite;
import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements the write-intent and own-write tables run on H2 (ADR 0045). Every echo check of a record read back
 * asks the intent table for writes aimed at it: by its id, and, for a create, by the fingerprint of its email
 * (people) or domain (companies). H2 keeps the plan a connection made on its first run, on a table that is then
 * empty; a look-up by fingerprint planned on the target index read every create in flight (issue 9: 58% of the
 * look-ups' samples in a 100,000-person backfill). Each query must probe the index of what it looks up. And
 * settling a written person stores each written field in {@code own_write} once: the intended values of the fields
 * the write carried are not stored first and replaced at once (every contact of a backfill is a create of about six
 * fields, and each stored value is a row H2 writes and commits).
 */
class WriteIntentStatementsOnH2Test {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final ExternalRef CONTACT = new ExternalRef(CrmSystem.HUBSPOT, "contact", "501");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCdEAAB");
    private static final ExternalRef COMPANY = new ExternalRef(CrmSystem.HUBSPOT, "company", "9021");
    private static final ExternalRef ACCOUNT = new ExternalRef(CrmSystem.SALESFORCE, "Account", "0015g00000XyZ1AAA");

    @TempDir
    Path directory;

    private MigratedDatabase db;
    private final RecordedQueries queries = new RecordedQueries();
    private JdbcClient recorded;

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(TestDatabase.h2File(directory));
        recorded = JdbcClient.create(queries.recording(db.dataSource()));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aPersonsIntendedWritesAreLookedUpOnTheTargetIndexByIdAndOnTheEmailIndexByEmail() throws SQLException {
        JdbcOwnWriteStore ownWrites = new JdbcOwnWriteStore(recorded, db.tx());

        assertThat(ownWrites.intendedTowards(LEAD, Optional.of("ada@example.com"))).isEmpty();
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(),
                Map.of(PersonField.EMAIL, "ada@example.com", PersonField.LAST_NAME, "Lovelace"), T0));
        assertThat(ownWrites.intendedTowards(LEAD, Optional.of("Ada@Example.com")))
                .extracting(IntendedWrite::field)
                .containsExactlyInAnyOrder(PersonField.EMAIL, PersonField.LAST_NAME);

        assertPlans("OWN_WRITE_INTENT_TARGET", "OWN_WRITE_INTENT_EMAIL");
    }

    @Test
    void aCompanysIntendedWritesAreLookedUpOnTheTargetIndexByIdAndOnTheDomainIndexByDomain() throws SQLException {
        JdbcCompanyOwnWrites ownWrites = new JdbcCompanyOwnWrites(recorded, db.tx());

        assertThat(ownWrites.intendedTowards(ACCOUNT, Optional.of("acme.example"))).isEmpty();
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme", CompanyField.DOMAIN, "acme.example")), T0));
        assertThat(ownWrites.intendedTowards(ACCOUNT, Optional.of("acme.example")))
                .extracting(IntendedCompanyWrite::field)
                .containsExactlyInAnyOrder(CompanyField.NAME, CompanyField.DOMAIN);

        assertPlans("COMPANY_WRITE_INTENT_TARGET", "COMPANY_WRITE_INTENT_DOMAIN");
    }

    /**
     * The look-ups by id ran on {@code byId}, those by fingerprint on {@code byFingerprint}, the first run too; each
     * gave its connection back.
     */
    private void assertPlans(String byId, String byFingerprint) throws SQLException {
        assertThat(queries.openConnections()).as("connections not given back").isZero();
        List<RecordedQueries.Query> lookUps = queries.queries().stream()
                .filter(run -> run.sql().contains("target_system = ?")).toList();
        assertThat(lookUps).hasSize(4);
        try (Connection connection = db.dataSource().getConnection()) {
            for (RecordedQueries.Query run : lookUps) {
                String index = run.sql().contains("target_id = ?") ? byId : byFingerprint;
                assertThat(run.plan(connection)).as(run.sql()).contains("PUBLIC." + index + ": ");
            }
        }
    }

    @Test
    void aCreatesSettleStoresEachWrittenFieldOnce() {
        JdbcOwnWriteStore ownWrites = new JdbcOwnWriteStore(recorded, db.tx());
        Map<PersonField, String> created = Map.of(PersonField.EMAIL, "ada@example.com", PersonField.FIRST_NAME, "Ada",
                PersonField.LAST_NAME, "Lovelace", PersonField.TITLE, "CTO", PersonField.PHONE, "+44 20 7946 0000",
                PersonField.MOBILE_PHONE, "+44 7700 900000");
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(), created, T0));
        queries.clear();

        ownWrites.settleWrite(CONTACT, LEAD, created, T0.plusSeconds(1), Optional.empty());

        List<RecordedQueries.Query> ownWriteStatements = queries.updates().stream()
                .filter(run -> run.sql().matches("(?s)\\s*(UPDATE own_write SET|INSERT INTO own_write \\().*"))
                .toList();
        assertThat(ownWriteStatements).as("one INSERT for the six fields, no UPDATE finding no row").hasSize(1);
        assertThat(fieldKeys(ownWriteStatements.get(0))).containsExactlyInAnyOrder("email", "firstName",
                "lastName", "title", "phone", "mobilePhone");
        assertThat(ownWrites.lastWritten(LEAD)).hasSize(6)
                .allSatisfy((field, write) -> assertThat(write.writtenAt()).isEqualTo(T0.plusSeconds(1)));
        assertThat(ownWrites.intendedBy(CONTACT)).isEmpty();
    }

    /** The field keys a multi-row own_write INSERT names: the 4th of each row's seven parameters. */
    private static List<Object> fieldKeys(RecordedQueries.Query insert) {
        List<RecordedQueries.Parameter> parameters = insert.parameters();
        List<Object> keys = new ArrayList<>();
        for (int row = 0; row * 7 < parameters.size(); row++) {
            keys.add(parameters.get(row * 7 + 3).value());
        }
        return keys;
    }
}
