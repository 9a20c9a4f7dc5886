package io.leadbridge.app.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the commits made so far on this database survive a kill of this process, for a claim that a CRM write is
 * about to depend on (ADR 0033). H2's file store writes committed changes to its file in the background, up to its
 * write delay later, so a process killed with SIGKILL loses its last commits (tens to thousands of rows in the
 * measurements of ADR 0033); {@code CHECKPOINT} writes them out. PostgreSQL makes a commit durable before it
 * returns, so there it does nothing.
 */
public final class DurableCommits {

    private final JdbcClient jdbc;
    private final boolean h2;

    DurableCommits(JdbcClient jdbc, boolean h2) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.h2 = h2;
    }

    /** For the database behind {@code dataSource}, reached through {@code jdbc}. */
    public static DurableCommits of(DataSource dataSource, JdbcClient jdbc) {
        try (Connection connection = dataSource.getConnection()) {
            return new DurableCommits(jdbc, "H2".equals(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not tell which database the data source is", e);
        }
    }

    /** Returns once every commit made before it is in the database's file. */
    public void now() {
        if (h2) {
            jdbc.sql("CHECKPOINT").update();
        }
    }
}
