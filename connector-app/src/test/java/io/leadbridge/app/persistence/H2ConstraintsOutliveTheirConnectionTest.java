package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.touch.LoggedTouch;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * As the app runs on H2: the pool keeps the database open while the connection Flyway migrated on is closed (the
 * pool retires every connection after 30 minutes). H2 2.4.240 then failed every insert into a table with a
 * {@code CHECK (status IN (...))} constraint, in every session, with "Check constraint invalid" (h2database issues
 * 4302/4308): a fresh install stopped storing changes and touches half an hour after it started.
 */
class H2ConstraintsOutliveTheirConnectionTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:30:00Z");

    @TempDir
    Path directory;

    @Test
    void theInboxesStillTakeChangesAndTouchesAfterTheConnectionThatCreatedThemIsClosed() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("leadbridge").toAbsolutePath();
        try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

            boolean change = new JdbcChangeInbox(jdbc, tx, Clock.fixed(T0, ZoneOffset.UTC)).append(contact());
            boolean touch = new JdbcTouchInbox(jdbc).add(email(), T0);

            assertThat(change).isTrue();
            assertThat(touch).isTrue();
            assertThat(pool.isClosed()).as("the database stayed open throughout").isFalse();
        }
    }

    private static ChangeEvent contact() {
        Person person = Person.builder().with(PersonField.EMAIL, "ada@analytical-engines.example").build();
        return ChangeEvent.polled(new StreamId(CrmSystem.HUBSPOT, "contacts"),
                new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965"), T0, person);
    }

    private static LoggedTouch email() {
        Touch touch = new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401"), Touch.TouchChannel.EMAIL,
                Touch.TouchDirection.OUTBOUND, T0, "sam.sdr@example.com", "Intro", "Hi Ada,", Optional.of("sent"),
                Optional.of(2));
        return new LoggedTouch(touch, List.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965")),
                Optional.empty(), T0.plusMillis(7));
    }
}
