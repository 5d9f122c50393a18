// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.testing.TestDatabase;

/**
 * What PgBouncer in transaction pooling mode does to a client, and why the JDBC URL needs
 * {@code prepareThreshold=0} there: the other tests of the pgbouncer run rely on it.
 */
class PgBouncerIT {

    private static final String QUERY = "select count(*) from pg_class where relname = ?";

    private String url;

    @BeforeEach
    void pooler() {
        assumeTrue(TestDatabase.current() == TestDatabase.PGBOUNCER, "PgBouncer only");
        TestDatabase.current().assumeAvailable();
        url = System.getenv(TestDatabase.PG_BOUNCER_JDBC_URL);
    }

    @Test
    void twoTransactionsOfOneConnectionRunOnDifferentServerConnections() throws SQLException {
        try (Connection client = connect(url); Connection other = connect(url)) {
            int first = backend(client);
            client.commit();
            // The other client takes the server connection the first one gave back.
            assertThat(backend(other)).isEqualTo(first);

            assertThat(backend(client)).isNotEqualTo(first);
            other.commit();
            client.commit();
        }
    }

    @Test
    void withPrepareThresholdZeroAStatementRunsAgainOnAnotherServerConnection() throws SQLException {
        assertThat(url).contains("prepareThreshold=0");

        assertThat(runTwiceOnDifferentServerConnections(url)).isEqualTo(1);
    }

    @Test
    void withServerPreparedStatementsAServerConnectionSharedByTwoClientsMixesUpTheirStatements() {
        String prepared = url.replace("prepareThreshold=0", "prepareThreshold=1");

        assertThatThrownBy(() -> runTwiceOnDifferentServerConnections(prepared))
                .isInstanceOf(SQLException.class)
                // The statement is missing where a client lands next, or there under another client's.
                .hasMessageMatching("ERROR: prepared statement \"S_\\d+\" (does not exist|already exists)");
    }

    /** Runs {@link #QUERY} in one transaction, then again while its server connection is taken. */
    private static long runTwiceOnDifferentServerConnections(String url) throws SQLException {
        try (Connection client = connect(url); Connection other = connect(url);
                PreparedStatement statement = client.prepareStatement(QUERY)) {
            statement.setString(1, "pg_class");
            count(statement);
            count(statement);
            int first = backend(client);
            client.commit();
            assertThat(backend(other)).isEqualTo(first);
            try {
                return count(statement);
            } finally {
                client.rollback();
                other.commit();
            }
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault(TestDatabase.PG_USER, "postgres"),
                System.getenv().getOrDefault(TestDatabase.PG_PASSWORD, ""));
        connection.setAutoCommit(false);
        return connection;
    }

    private static int backend(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
