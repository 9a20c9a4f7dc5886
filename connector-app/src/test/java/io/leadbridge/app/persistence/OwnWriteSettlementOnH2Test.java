package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.RecordedQueries;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Settling a written person stores each written field in {@code own_write} once: the intended values of the fields
 * the write carried are not stored first and replaced at once (issue 9: every contact of a backfill is a create of
 * about six fields, and each stored value is a row H2 writes and commits).
 */
class OwnWriteSettlementOnH2Test {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final ExternalRef CONTACT = new ExternalRef(CrmSystem.HUBSPOT, "contact", "501");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCdEAAB");

    @TempDir
    Path directory;

    private MigratedDatabase db;
    private final RecordedQueries statements = new RecordedQueries();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(TestDatabase.h2File(directory));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aCreatesSettleStoresEachWrittenFieldOnce() {
        JdbcOwnWriteStore ownWrites = new JdbcOwnWriteStore(JdbcClient.create(statements.recording(db.dataSource())),
                db.tx());
        Map<PersonField, String> created = new EnumMap<>(PersonField.class);
        created.put(PersonField.EMAIL, "ada@example.com");
        created.put(PersonField.FIRST_NAME, "Ada");
        created.put(PersonField.LAST_NAME, "Lovelace");
        created.put(PersonField.TITLE, "CTO");
        created.put(PersonField.PHONE, "+44 20 7946 0000");
        created.put(PersonField.MOBILE_PHONE, "+44 7700 900000");
        ownWrites.intend(IntendedWrite.of(CONTACT, Optional.empty(), created, T0));
        statements.clear();

        ownWrites.settleWrite(CONTACT, LEAD, created, T0.plusSeconds(1), Optional.empty());

        Map<Object, Long> statementsPerField = statements.updates().stream()
                .filter(run -> run.sql().matches("(?s)\\s*(UPDATE own_write SET|INSERT INTO own_write \\().*"))
                .collect(Collectors.groupingBy(OwnWriteSettlementOnH2Test::fieldKey, Collectors.counting()));
        assertThat(statementsPerField).as("an UPDATE finding no row, then the INSERT, per field")
                .hasSize(6).allSatisfy((field, count) -> assertThat(count).isEqualTo(2L));
        assertThat(ownWrites.lastWritten(LEAD)).hasSize(6)
                .allSatisfy((field, write) -> assertThat(write.writtenAt()).isEqualTo(T0.plusSeconds(1)));
        assertThat(ownWrites.intendedBy(CONTACT)).isEmpty();
    }

    /** The field key an own_write UPDATE (its 7th parameter) or INSERT (its 4th) names. */
    private static Object fieldKey(RecordedQueries.Query run) {
        List<RecordedQueries.Parameter> parameters = run.parameters();
        return parameters.get(run.sql().trim().startsWith("UPDATE") ? 6 : 3).value();
    }
}
