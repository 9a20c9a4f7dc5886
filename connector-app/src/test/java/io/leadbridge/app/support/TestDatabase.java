package io.leadbridge.app.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test class: a fresh H2 file, or a fresh schema in the machine's PostgreSQL. The
 * PostgreSQL tests skip with a message when no server answers, except under {@code CI=true}, where they fail.
 */
public interface TestDatabase extends AutoCloseable {

    /** Spring properties that point the app at this database. */
    Map<String, String> springProperties();

    @Override
    void close();

    static TestDatabase h2File(Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("leadbridge").toAbsolutePath();
        return new TestDatabase() {
            @Override
            public Map<String, String> springProperties() {
                return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A new schema in PostgreSQL ({@code LEADBRIDGE_TEST_PG_URL}, default the machine's
     * {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}); dropped on close.
     */
    static TestDatabase postgresSchema() {
        String url = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("LEADBRIDGE_TEST_PG_PASSWORD", "");
        String schema = "lb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            String message = "PostgreSQL at " + url + " is not reachable (" + unreachable.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if (ci) {
                throw new IllegalStateException("CI=true requires the PostgreSQL tests to run: " + message, unreachable);
            }
            Assumptions.abort(message);
        }
        return new TestDatabase() {
            @Override
            public Map<String, String> springProperties() {
                return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        "spring.datasource.username", user, "spring.datasource.password", password,
                        "spring.flyway.schemas", schema, "spring.flyway.default-schema", schema);
            }

            @Override
            public void close() {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema, e);
                }
            }
        };
    }
}
