// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.connections.spi.DatabaseConnectionInfo;

/**
 * A running factory's connections, lent to a short-lived service registry: not {@code Stoppable},
 * so destroying that registry leaves the factory's pool or {@code DataSource} open.
 */
public final class BorrowedConnections implements ConnectionProvider {

    private final ConnectionProvider owner;

    public BorrowedConnections(ConnectionProvider owner) {
        this.owner = owner;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return owner.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        owner.closeConnection(connection);
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return owner.supportsAggressiveRelease();
    }

    @Override
    public boolean handlesConnectionSchema() {
        return owner.handlesConnectionSchema();
    }

    @Override
    public DatabaseConnectionInfo getDatabaseConnectionInfo(Dialect dialect) {
        return owner.getDatabaseConnectionInfo(dialect);
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this) || owner.isUnwrappableAs(unwrapType);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.isInstance(this) ? unwrapType.cast(this) : owner.unwrap(unwrapType);
    }
}
