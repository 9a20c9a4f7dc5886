package io.leadbridge.proof.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/** Skips a PostgreSQL test with a message when no server answers, except under {@code CI=true}, where it fails. */
public final class Postgres {

    private Postgres() {
    }

    public static void requireReachable() {
        String url = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection ignored = DriverManager.getConnection(url,
                System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_PASSWORD", ""))) {
            return;
        } catch (SQLException unreachable) {
            String message = "PostgreSQL at " + url + " is not reachable (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires the PostgreSQL tests to run: " + message, unreachable);
            }
            Assumptions.abort(message);
        }
    }
}
