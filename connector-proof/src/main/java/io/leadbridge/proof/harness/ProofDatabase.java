package io.leadbridge.proof.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database the app processes of one harness run share, and that survives them: an H2 file (opened in H2's
 * auto-server mode, so the harness can read it while the app runs) or a fresh schema in PostgreSQL.
 */
public interface ProofDatabase extends AutoCloseable {

    /** Spring properties that point an app at this database. */
    Map<String, String> springProperties();

    /** A JDBC connection for the harness's own checks. */
    Connection connect() throws SQLException;

    @Override
    void close();

    static ProofDatabase h2File(Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("leadbridge").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        return new ProofDatabase() {
            @Override
            public Map<String, String> springProperties() {
                return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A new schema in the machine's PostgreSQL ({@code LEADBRIDGE_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD};
     * default {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}), dropped on close.
     *
     * @throws IllegalStateException when PostgreSQL does not answer
     */
    static ProofDatabase postgresSchema() {
        String url = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_PASSWORD", "");
        String schema = "lb_proof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ProofDatabase() {
            @Override
            public Map<String, String> springProperties() {
                return Map.of("spring.datasource.url", schemaUrl, "spring.datasource.username", user,
                        "spring.datasource.password", password, "spring.flyway.schemas", schema,
                        "spring.flyway.default-schema", schema);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(schemaUrl, user, password);
            }

            @Override
            public void close() {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop schema " + schema, e);
                }
            }
        };
    }
}
