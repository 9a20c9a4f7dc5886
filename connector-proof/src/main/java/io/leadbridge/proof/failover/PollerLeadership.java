package io.leadbridge.proof.failover;

import io.leadbridge.proof.harness.ProofDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds the poller leadership, read from Spring Integration's lock table: the row of the role's lock key
 * ({@code UUID.nameUUIDFromBytes("leadbridge-pollers")}) names the holding registry's client id while its TTL runs.
 */
final class PollerLeadership {

    private static final String LEADER_KEY =
            UUID.nameUUIDFromBytes("leadbridge-pollers".getBytes(StandardCharsets.UTF_8)).toString();

    private PollerLeadership() {
    }

    /** The client id holding an unexpired leadership lock, if any. */
    static Optional<String> holder(ProofDatabase database) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT client_id FROM int_lock WHERE lock_key = ? AND expired_after > LOCALTIMESTAMP")) {
            query.setString(1, LEADER_KEY);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the lock table: " + e.getMessage(), e);
        }
    }
}
