// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;
import org.hibernate.service.spi.Stoppable;

/**
 * A minimal connection pool (no validation, no housekeeping) that Hibernate and the raw JDBC
 * workloads both draw from, so that neither pays more than the other to get a connection.
 * Connections are handed out in auto-commit mode, the JDBC default.
 */
final class BenchmarkConnections implements ConnectionProvider, Stoppable {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final Properties properties;
    private final StatementCounter counter;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> physical = new ArrayList<>();

    /** Connections to {@code url}; when {@code counter} is not {@code null}, their statements are counted. */
    BenchmarkConnections(String url, String user, String password, StatementCounter counter) {
        this.url = url;
        this.properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        this.counter = counter;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        Connection connection = idle.pollFirst();
        if (connection != null) {
            return connection;
        }
        Connection opened = DriverManager.getConnection(url, properties);
        physical.add(opened);
        return counter == null ? opened : counter.wrap(opened);
    }

    @Override
    public synchronized void closeConnection(Connection connection) throws SQLException {
        // A connection given back inside a transaction must not leak it to the next user.
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        idle.addFirst(connection);
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new UnknownUnwrapTypeException(type);
    }

    @Override
    public synchronized void stop() {
        for (Connection connection : physical) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at shutdown; nothing left to do with it
            }
        }
        physical.clear();
        idle.clear();
    }
}
