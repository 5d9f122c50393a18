// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.hibernatepack.repository.DatabaseSettings;

/**
 * Hibernate's connections from a HikariCP pool, and those of read-only sessions from a second
 * pool on the replica when the settings name one. Given to Hibernate as an instance
 * ({@code hibernate.connection.provider_class}), so it owns the pools' lifecycle, not Hibernate.
 */
public final class PooledConnections implements ConnectionProvider {

    private static final long serialVersionUID = 1L;
    private static final long KEEPALIVE_MILLIS = 30_000;

    private static final int VALIDATION_SECONDS = 5;

    private final transient HikariDataSource primary;
    private final transient HikariDataSource replica;
    private final boolean prePing;

    private PooledConnections(HikariDataSource primary, HikariDataSource replica, boolean prePing) {
        this.primary = primary;
        this.replica = replica;
        this.prePing = prePing;
    }

    /**
     * Opens the pools, each with a first connection.
     *
     * @throws OpenFailure when a pool cannot open, saying which one, with what HikariCP threw as its cause
     */
    public static PooledConnections open(DatabaseSettings settings) {
        HikariDataSource primary = pool(config(settings, settings.url(), "hibernatepack-primary", false), false);
        try {
            HikariDataSource replica = settings.replicaUrl()
                    .map(url -> pool(config(settings, url, "hibernatepack-replica", true), true))
                    .orElse(null);
            return new PooledConnections(primary, replica, settings.prePing());
        } catch (RuntimeException e) {
            primary.close();
            throw e;
        }
    }

    private static HikariDataSource pool(HikariConfig config, boolean replica) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new OpenFailure(replica, e);
        }
    }

    /** A pool could not open: the primary's or the replica's; the cause is what HikariCP threw. */
    public static final class OpenFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final boolean replica;

        OpenFailure(boolean replica, RuntimeException cause) {
            super("The " + (replica ? "replica" : "primary") + " pool could not open", cause, false, false);
            this.replica = replica;
        }

        /** Whether it was the replica's pool. */
        public boolean replica() {
            return replica;
        }
    }

    /**
     * pool_size is Hikari's minimumIdle and pool_size + max_overflow its maximumPoolSize, so the
     * overflow is opened under load and closed after Hikari's idle timeout; pre_ping adds a
     * background keepalive check of idle connections to the test on borrow ({@link #borrow}).
     */
    private static HikariConfig config(DatabaseSettings settings, String url, String name, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMinimumIdle(settings.poolSize());
        config.setMaximumPoolSize(settings.poolSize() + settings.maxOverflow());
        config.setConnectionTimeout(settings.poolTimeout().toMillis());
        config.setMaxLifetime(settings.poolRecycle().toMillis());
        config.setKeepaliveTime(settings.prePing() ? KEEPALIVE_MILLIS : 0);
        // Hibernate is told (provider_disables_autocommit) and skips setAutoCommit per transaction.
        config.setAutoCommit(false);
        config.setReadOnly(readOnly);
        return config;
    }

    /** The primary pool. */
    public HikariDataSource primary() {
        return primary;
    }

    /** The replica pool, or {@code null}. */
    public HikariDataSource replica() {
        return replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return borrow(primary);
    }

    /**
     * A connection of {@code pool}; with pre-ping, a tested one: dead connections (a restarted
     * server leaves the whole pool dead) are evicted until a live or new one comes, at most one
     * more time than the pool has connections.
     */
    private Connection borrow(HikariDataSource pool) throws SQLException {
        if (!prePing) {
            return pool.getConnection();
        }
        for (int attempt = 0; attempt <= pool.getMaximumPoolSize(); attempt++) {
            Connection connection = pool.getConnection();
            boolean valid;
            try {
                valid = connection.isValid(VALIDATION_SECONDS);
            } catch (SQLException | RuntimeException e) {
                valid = false;
            }
            if (valid) {
                return connection;
            }
            pool.evictConnection(connection);
        }
        return pool.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getReadOnlyConnection() throws SQLException {
        return borrow(replica != null ? replica : primary);
    }

    @Override
    public void closeReadOnlyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this) || unwrapType.isInstance(primary);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return unwrapType.cast(this);
        }
        if (unwrapType.isAssignableFrom(DataSource.class) || unwrapType.isInstance(primary)) {
            return unwrapType.cast(primary);
        }
        throw new IllegalArgumentException("Cannot unwrap the pack's connection pools as " + unwrapType.getName());
    }

    /** Closes both pools. */
    public void close() {
        try {
            if (replica != null) {
                replica.close();
            }
        } finally {
            primary.close();
        }
    }
}
