package io.leadbridge.proof.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the app's own tables say about a run: open errors (failed writes kept for the admin) and changes parked or
 * still waiting in the inbox.
 *
 * @param openErrors     {@code sync_error} rows with status OPEN
 * @param parkedChanges  inbox changes parked after failing for good
 * @param waitingChanges inbox changes still PENDING or CLAIMED
 */
public record PipelineTables(long openErrors, long parkedChanges, long waitingChanges) {

    public static PipelineTables read(ProofDatabase database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            return new PipelineTables(
                    count(statement, "SELECT COUNT(*) FROM sync_error WHERE status = 'OPEN'"),
                    count(statement, "SELECT COUNT(*) FROM change_inbox WHERE status = 'PARKED'"),
                    count(statement, "SELECT COUNT(*) FROM change_inbox WHERE status IN ('PENDING', 'CLAIMED')"));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the app's tables: " + e.getMessage(), e);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
