// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The module's own statements, run on the session's connection in its transaction, through
 * Hibernate's statement preparer (so statement inspectors and monitoring see them) and released
 * the way Hibernate releases its own.
 */
final class SlugStatements {

    /** Binds the statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads what the module needs from a result. */
    @FunctionalInterface
    interface Reader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    private SlugStatements() {
    }

    /** Runs a query; {@code what} names it in the error if it fails. */
    static <R> R query(SharedSessionContractImplementor session, String sql, Binder binder, Reader<R> reader, String what) {
        return run(session, sql, binder, statement -> reader.read(session.getJdbcCoordinator().getResultSetReturn()
                .extract(statement, sql)), what);
    }

    /** Runs an insert, update or delete; {@code what} names it in the error if it fails. */
    static void update(SharedSessionContractImplementor session, String sql, Binder binder, String what) {
        run(session, sql, binder, statement -> session.getJdbcCoordinator().getResultSetReturn().executeUpdate(statement, sql),
                what);
    }

    private interface Execution<R> {
        R execute(PreparedStatement statement) throws SQLException;
    }

    private static <R> R run(SharedSessionContractImplementor session, String sql, Binder binder, Execution<R> execution,
            String what) {
        var jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            binder.bind(statement);
            return execution.execute(statement);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, what, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
