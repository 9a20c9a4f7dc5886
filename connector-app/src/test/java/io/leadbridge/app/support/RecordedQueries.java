package io.leadbridge.app.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The queries and updates run through a data source, each with the parameters it was run with, so a test can ask
 * H2 how it plans a query ({@link Query#plan}): H2 plans a statement when a connection first runs it and keeps that
 * plan for the connection's life, so a plan made on a new database is the plan a whole run uses.
 */
public final class RecordedQueries {

    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final List<Query> updates = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    /** A data source whose connections note every prepared query and update they run. */
    public DataSource recording(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                open.incrementAndGet();
                return proxy(Connection.class, connection, (method, args, result) -> {
                    if (method.getName().equals("close")) {
                        open.decrementAndGet();
                    }
                    return method.getName().equals("prepareStatement")
                            ? recorded((String) args[0], (PreparedStatement) result) : result;
                });
            }
        };
    }

    public List<Query> queries() {
        return List.copyOf(queries);
    }

    /** Connections taken from the data source and not closed yet. */
    public int openConnections() {
        return open.get();
    }

    /** The {@code executeUpdate}s, in the order they ran. */
    public List<Query> updates() {
        return List.copyOf(updates);
    }

    public void clear() {
        queries.clear();
        updates.clear();
    }

    private PreparedStatement recorded(String sql, PreparedStatement statement) {
        List<Parameter> parameters = new ArrayList<>();
        Query run = new Query(sql, parameters);
        return proxy(PreparedStatement.class, statement, (method, args, result) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                parameters.add(new Parameter(method, args));
            }
            if (method.getName().equals("executeQuery")) {
                queries.add(run);
            } else if (method.getName().equals("executeUpdate")) {
                updates.add(run);
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** One {@code setXxx(index, value, ...)} call. */
    public record Parameter(Method setter, Object[] args) {

        public Object value() {
            return args[1];
        }
    }

    /** A statement as it was run: its text and its parameters, set again on the plan's statement. */
    public record Query(String sql, List<Parameter> parameters) {

        /** H2's plan of the query ({@code EXPLAIN}) on {@code connection}, with the parameters it was run with. */
        public String plan(Connection connection) throws SQLException {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                for (Parameter parameter : parameters) {
                    try {
                        parameter.setter().invoke(explain, parameter.args());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                try (ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }
    }
}
