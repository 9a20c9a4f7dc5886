package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.RecordedQueries;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.port.InboxEntry;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * H2 plans a statement when a connection first runs it and keeps that plan ({@code QUERY_CACHE_SIZE}) for the
 * connection's life. Every query the watermark and the poll's starting point run after each batch must be one probe
 * of {@code change_inbox_stream_status}: a plan on {@code (stream_key, position_at, id)}, which the app's connections
 * kept in a 100,000-person backfill, read each of the stream's rows before the bound to check its status (0.2 to
 * 0.4 s a look-up late in the run). That index is gone (V28), so no other index can be chosen for them.
 */
class ChangeInboxStreamPlansOnH2Test {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Instant T0 = Instant.parse("2026-11-24T15:02:11.803Z");

    @TempDir
    Path directory;

    private MigratedDatabase db;
    private final RecordedQueries statements = new RecordedQueries();
    private JdbcChangeInbox inbox;

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(TestDatabase.h2File(directory));
        inbox = new JdbcChangeInbox(JdbcClient.create(statements.recording(db.dataSource())), db.tx(),
                Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theWatermarkAndThePollsStartAreEachOneProbeOfTheStreamStatusIndexOnANewDatabase() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            inbox.append(contact(String.valueOf(10 + i), T0.plusSeconds(i)));
        }
        List<InboxEntry> claimed = inbox.claim(2, T0.plusSeconds(3600), Duration.ofMinutes(1));
        inbox.complete(claimed.get(0).id());
        statements.clear();

        assertThat(inbox.settledThrough(CONTACTS)).contains(new Watermark(T0.plusSeconds(1), "11"));
        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(T0.plusSeconds(3), "13"));

        List<RecordedQueries.Query> streamQueries = statements.queries().stream()
                .filter(run -> run.sql().contains("stream_key")).toList();
        assertThat(streamQueries).hasSizeGreaterThanOrEqualTo(8);
        try (Connection connection = db.dataSource().getConnection()) {
            for (RecordedQueries.Query run : streamQueries) {
                assertThat(run.plan(connection)).as(run.sql())
                        .contains("PUBLIC.CHANGE_INBOX_STREAM_STATUS: ")
                        .containsPattern("STREAM_KEY = \\?\\d+")
                        .containsPattern("STATUS = \\?\\d+")
                        .contains("/* index sorted */");
            }
        }
    }

    @Test
    void noOtherInboxIndexLeadsWithTheStreamForAStatusQueryToBePlannedOn() {
        List<String> leadingWithTheStream = db.jdbc().sql("""
                SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                WHERE TABLE_NAME = 'CHANGE_INBOX' AND COLUMN_NAME = 'STREAM_KEY' AND ORDINAL_POSITION = 1""")
                .query(String.class).list();

        assertThat(leadingWithTheStream).containsExactly("CHANGE_INBOX_STREAM_STATUS");
    }

    private static ChangeEvent contact(String id, Instant modifiedAt) {
        Person person = Person.builder().with(PersonField.EMAIL, id + "@example.com").build();
        return ChangeEvent.polled(CONTACTS, new ExternalRef(CrmSystem.HUBSPOT, "contact", id), modifiedAt, person);
    }
}
