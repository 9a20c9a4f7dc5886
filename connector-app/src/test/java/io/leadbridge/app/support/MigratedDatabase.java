package io.leadbridge.app.support;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A {@link TestDatabase} with the app's Flyway migrations applied, for store tests without a Spring context. */
public final class MigratedDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final DataSource dataSource;

    public MigratedDatabase(TestDatabase database) {
        this.database = database;
        Map<String, String> p = database.springProperties();
        this.dataSource = new DriverManagerDataSource(p.get("spring.datasource.url"), p.get("spring.datasource.username"),
                p.get("spring.datasource.password"));
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (p.containsKey("spring.flyway.schemas")) {
            flyway.schemas(p.get("spring.flyway.schemas")).defaultSchema(p.get("spring.flyway.default-schema"));
        }
        flyway.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate tx() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void close() {
        database.close();
    }
}
