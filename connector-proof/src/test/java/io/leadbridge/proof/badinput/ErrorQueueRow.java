package io.leadbridge.proof.badinput;

import io.leadbridge.proof.harness.Deadline;
import io.leadbridge.proof.harness.ProofDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** One open entry of the app's error queue ({@code sync_error}), as the admin API and console show it. */
record ErrorQueueRow(String code, String message, String fields) {

    /** Waits until the error queue holds an open entry for the record {@code recordId} and returns the first. */
    static ErrorQueueRow awaitOpen(ProofDatabase database, String recordId, Duration timeout) {
        return Deadline.await("an open error for " + recordId, timeout, Duration.ofMillis(500),
                () -> find(database, recordId));
    }

    private static Optional<ErrorQueueRow> find(ProofDatabase database, String recordId) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT code, message, fields FROM sync_error"
                     + " WHERE record_id = ? AND status = 'OPEN' ORDER BY id")) {
            query.setString(1, recordId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new ErrorQueueRow(rows.getString(1), rows.getString(2),
                        rows.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the error queue: " + e.getMessage(), e);
        }
    }
}
