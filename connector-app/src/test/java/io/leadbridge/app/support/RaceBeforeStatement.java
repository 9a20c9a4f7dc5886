package io.leadbridge.app.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A database on which another writer acts just before a given statement: a race, played on purpose. */
public final class RaceBeforeStatement {

    private RaceBeforeStatement() {
    }

    /**
     * {@code target}, with {@code race} run once just before the first statement that starts with {@code prefix} is
     * prepared; {@code race} runs on a thread of its own, outside any transaction of the caller, and is over before
     * the statement is prepared.
     */
    public static DataSource on(DataSource target, String prefix, Runnable race) {
        AtomicBoolean ran = new AtomicBoolean();
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(prefix)
                                    && ran.compareAndSet(false, true)) {
                                CompletableFuture.runAsync(race).join();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
